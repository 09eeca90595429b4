package vn.baocao.importing.table;

import vn.baocao.importing.text.ImportText;

/** The format a workbook was actually read as (decided by content, never by the file name). */
public enum SourceFormat {
    XLS("Excel 97-2003 (.xls)"),
    XLSX("Excel (.xlsx)"),
    CSV("CSV"),
    HTML(ImportText.get("sourceFormat.bangHtml")),
    XML_SPREADSHEET_2003("XML Spreadsheet 2003");

    private final String displayName;

    SourceFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
