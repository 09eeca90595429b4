package vn.baocao.importing.excel;

import vn.baocao.importing.text.ImportText;

/** The Vietnamese messages shown when a file cannot be read. Each names the file and says what to do. */
final class ReadMessages {
    private ReadMessages() {
    }

    static String fileNotFound(String file) {
        return ImportText.get("readMessages.khongTimThayTep", file);
    }

    static String emptyFile(String file) {
        return ImportText.get("readMessages.tepRong0Byte", file);
    }

    static String passwordRequired(String file) {
        return ImportText.get("readMessages.tepDuocDatMat", file);
    }

    static String wrongPassword(String file) {
        return ImportText.get("readMessages.matKhauKhongDung", file);
    }

    static String strictOoxml(String file) {
        return ImportText.get("readMessages.tepDuocLuuO", file);
    }

    static String oldExcel(String file) {
        return ImportText.get("readMessages.tepDuocLuuBang", file);
    }

    static String notASpreadsheet(String file, String whatItIs) {
        return ImportText.get("readMessages.tepKhongPhaiLa", file, (whatItIs == null ? "" : " (" + whatItIs + ")"));
    }

    static String zipBomb(String file) {
        return ImportText.get("readMessages.tepCoPhanNen", file);
    }

    static String tooLarge(String file, String detail) {
        return ImportText.get("readMessages.tepQuaLonDe", file, detail);
    }

    static String corrupt(String file) {
        return ImportText.get("readMessages.khongDocDuocTep", file);
    }

    static String corruptAt(String file, String sheet, String cell) {
        return ImportText.get("readMessages.khongDocDuocO", cell, sheet, file);
    }

    static String unreadableText(String file) {
        return ImportText.get("readMessages.khongDocDuocNoi", file);
    }
}
