package vn.baocao.render.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.baocao.render.walk.DocumentVisitor.Metadata;

/**
 * The .docx package (Open Packaging Conventions): the content types, the relationships, the document properties,
 * the document, its footnotes, its two headers (the centred page number, and the empty one of a first page), its
 * settings and its styles, zipped in this order. Every part but the body, the footnotes, the styles and the core
 * properties is the same for every document.
 */
final class WordPackage {
    /** The declaration the Word parts start with. */
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** The relationship ids of the two headers, as every section refers to them. */
    static final String PAGE_NUMBER_HEADER = "rId4";
    static final String FIRST_PAGE_HEADER = "rId5";

    private static final String PACKAGE_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private static final String CONTENT_TYPES = PACKAGE_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + override("application/vnd.openxmlformats-officedocument.extended-properties+xml", "/docProps/app.xml")
            + override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml")
            + override(WORD_TYPE + "document.main+xml", "/word/document.xml")
            + override(WORD_TYPE + "footnotes+xml", "/word/footnotes.xml")
            + override(WORD_TYPE + "header+xml", "/word/header1.xml")
            + override(WORD_TYPE + "header+xml", "/word/header2.xml")
            + override(WORD_TYPE + "settings+xml", "/word/settings.xml")
            + override(WORD_TYPE + "styles+xml", "/word/styles.xml")
            + "</Types>";

    private static final String PACKAGE_RELATIONSHIPS = PACKAGE_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationship("rId1", "word/document.xml", OFFICE_RELATIONSHIPS + "officeDocument")
            + relationship("rId2", "docProps/app.xml", OFFICE_RELATIONSHIPS + "extended-properties")
            + relationship("rId3", "docProps/core.xml",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
            + "</Relationships>";

    private static final String DOCUMENT_RELATIONSHIPS = PACKAGE_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationship("rId1", "settings.xml", OFFICE_RELATIONSHIPS + "settings")
            + relationship("rId2", "styles.xml", OFFICE_RELATIONSHIPS + "styles")
            + relationship("rId3", "footnotes.xml", OFFICE_RELATIONSHIPS + "footnotes")
            + relationship(PAGE_NUMBER_HEADER, "header1.xml", OFFICE_RELATIONSHIPS + "header")
            + relationship(FIRST_PAGE_HEADER, "header2.xml", OFFICE_RELATIONSHIPS + "header")
            + "</Relationships>";

    /** The application that wrote the file (Word shows it in the file's details): BaoCao's own writer. */
    private static final String APPLICATION = "BaoCao";
    private static final String APP = XML_DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>" + APPLICATION + "</Application></Properties>";

    /** The page number, centred by the Header style; "2" stands until Word or LibreOffice updates the field. */
    private static final String PAGE_NUMBER = XML_DECLARATION + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr>"
            + "<w:pStyle w:val=\"Header\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r>"
            + "</w:fldSimple></w:p></w:hdr>";

    /** A first page shows no number (ND30). */
    private static final String FIRST_PAGE = XML_DECLARATION + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr>"
            + "<w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>";

    private static final String SETTINGS = XML_DECLARATION + "<w:settings xmlns:w=\"" + W + "\"/>";

    private WordPackage() {
    }

    static void write(OutputStream target, String document, String footnotes, String styles, Metadata metadata)
            throws IOException {
        // the caller owns the stream: closing the zip (which frees its deflater) must leave it open
        OutputStream unclosed = new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (ZipOutputStream zip = new ZipOutputStream(unclosed, StandardCharsets.UTF_8)) {
            parts(zip, document, footnotes, styles, metadata);
        }
    }

    private static void parts(ZipOutputStream zip, String document, String footnotes, String styles, Metadata metadata)
            throws IOException {
        part(zip, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, "_rels/.rels", PACKAGE_RELATIONSHIPS);
        part(zip, "docProps/app.xml", APP);
        part(zip, "docProps/core.xml", WordCoreProperties.xml(metadata, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        part(zip, "word/document.xml", document);
        part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
        part(zip, "word/footnotes.xml", footnotes);
        part(zip, "word/header1.xml", PAGE_NUMBER);
        part(zip, "word/header2.xml", FIRST_PAGE);
        part(zip, "word/settings.xml", SETTINGS);
        part(zip, "word/styles.xml", XML_DECLARATION + styles);
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String override(String contentType, String partName) {
        return "<Override ContentType=\"" + contentType + "\" PartName=\"" + partName + "\"/>";
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }
}
