package vn.baocao.document.compose;

import vn.baocao.document.AdministrativeDocument;

/**
 * A report template: an ordinary document file with placeholders (see {@link ReportComposer}).
 *
 * @param id short name used on the command line ("bao-cao-nam")
 * @param name Vietnamese name shown to the clerk
 */
public record ReportTemplate(String id, String name, AdministrativeDocument document) {
}
