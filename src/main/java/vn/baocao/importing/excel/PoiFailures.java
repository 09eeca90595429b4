package vn.baocao.importing.excel;

import java.util.Locale;
import vn.baocao.importing.text.ImportText;

/** Maps the exceptions POI throws while opening a workbook to a {@link ReadProblem} and a Vietnamese message. */
final class PoiFailures {
    private PoiFailures() {
    }

    static WorkbookReadException classify(Throwable failure, String fileName, String password) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("exceeds the max") || message.contains("zipsecurefile")) {
                return new WorkbookReadException(ReadProblem.SUSPECTED_ZIP_BOMB, fileName,
                        ReadMessages.zipBomb(fileName), failure);
            }
            if (message.contains("strict ooxml")) {
                return new WorkbookReadException(ReadProblem.STRICT_OOXML, fileName,
                        ReadMessages.strictOoxml(fileName), failure);
            }
            if (message.contains("tried to allocate") || t instanceof OutOfMemoryError) {
                return new WorkbookReadException(ReadProblem.TOO_LARGE, fileName,
                        ReadMessages.tooLarge(fileName, ImportText.get("poiFailures.motPhanCuaTep")), failure);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return password == null ? new PasswordRequiredException(fileName, failure)
                        : new WorkbookReadException(ReadProblem.WRONG_PASSWORD, fileName,
                                ReadMessages.wrongPassword(fileName), failure);
            }
            if (t instanceof org.apache.poi.hssf.OldExcelFormatException) {
                return new WorkbookReadException(ReadProblem.OLD_EXCEL_FORMAT, fileName,
                        ReadMessages.oldExcel(fileName), failure);
            }
        }
        return new WorkbookReadException(ReadProblem.CORRUPT, fileName, ReadMessages.corrupt(fileName), failure);
    }
}
