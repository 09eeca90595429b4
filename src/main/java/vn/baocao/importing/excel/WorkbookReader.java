package vn.baocao.importing.excel;

import java.io.File;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.baocao.importing.table.WorkbookData;

/**
 * Entry point for reading a colleague's workbook into the neutral table model.
 *
 * <pre>{@code
 * try {
 *     WorkbookData workbook = WorkbookReader.read(file);
 * } catch (PasswordRequiredException e) {
 *     // ask the user, then WorkbookReader.read(file, password)
 * } catch (WorkbookReadException e) {
 *     // show e.getMessage() (Vietnamese, names the file); e.problem() says why
 * }
 * }</pre>
 *
 * The type is decided by content ({@link FileKindDetector}): .xls, .xlsx (also encrypted, also misnamed), CSV,
 * HTML tables and XML Spreadsheet 2003 are read; Strict OOXML, Excel 95 and other files get a clear message.
 */
public final class WorkbookReader {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);

    private WorkbookReader() {
    }

    /** Reads a file without a password; throws {@link PasswordRequiredException} when one is needed. */
    public static WorkbookData read(File file) throws WorkbookReadException {
        return read(file, null);
    }

    /** Reads a file with a "password to open" ({@code null} or empty for none). */
    public static WorkbookData read(File file, String password) throws WorkbookReadException {
        String fileName = file.getName();
        String pw = password == null || password.isEmpty() ? null : password;
        FileKind kind = detect(file);
        try {
            return switch (kind) {
                case EMPTY -> throw new WorkbookReadException(ReadProblem.EMPTY_FILE, fileName,
                        ReadMessages.emptyFile(fileName), null);
                case ENCRYPTED_OOXML -> {
                    if (pw == null) {
                        throw new PasswordRequiredException(fileName, null);
                    }
                    yield PoiWorkbookReader.read(file, fileName, pw);
                }
                case XLS -> PoiWorkbookReader.read(file, fileName, pw);
                case XLSX -> readPlainXlsx(file, fileName, pw);
                case STRICT_OOXML -> throw new WorkbookReadException(ReadProblem.STRICT_OOXML, fileName,
                        ReadMessages.strictOoxml(fileName), null);
                case OLD_EXCEL -> throw new WorkbookReadException(ReadProblem.OLD_EXCEL_FORMAT, fileName,
                        ReadMessages.oldExcel(fileName), null);
                case CSV -> CsvTableReader.read(file, fileName);
                case HTML -> HtmlTableReader.read(file, fileName);
                case XML_SPREADSHEET_2003 -> SpreadsheetMl2003Reader.read(file, fileName);
                case OTHER -> throw new WorkbookReadException(ReadProblem.NOT_A_SPREADSHEET, fileName,
                        ReadMessages.notASpreadsheet(fileName, describe(file)), null);
            };
        } catch (IOException e) {
            throw new WorkbookReadException(ReadProblem.CORRUPT, fileName, ReadMessages.unreadableText(fileName), e);
        }
    }

    /**
     * A plain .xlsx is streamed ({@link StreamingXlsxReader}); when that reader cannot reproduce the usermodel's
     * result exactly, the usermodel reads the file (and reports a broken one).
     */
    static WorkbookData readPlainXlsx(File file, String fileName, String password) throws WorkbookReadException {
        XlsxDeclaredSize.check(file, fileName);
        try {
            return StreamingXlsxReader.read(file, fileName);
        } catch (XlsxFallback fallback) {
            LOG.debug("{}: read with the POI usermodel ({})", fileName, fallback.getMessage());
            return PoiWorkbookReader.read(file, fileName, password);
        }
    }

    /** What the file is, by content. Also tells the UI in advance whether an .xlsx needs a password. */
    public static FileKind detect(File file) throws WorkbookReadException {
        String fileName = file.getName();
        if (!file.isFile() || !file.canRead()) {
            throw new WorkbookReadException(ReadProblem.FILE_NOT_FOUND, fileName, ReadMessages.fileNotFound(fileName),
                    null);
        }
        try {
            return FileKindDetector.detect(file).kind();
        } catch (IOException | RuntimeException e) {
            throw new WorkbookReadException(ReadProblem.CORRUPT, fileName, ReadMessages.corrupt(fileName), e);
        }
    }

    private static String describe(File file) {
        try {
            return FileKindDetector.detect(file).description();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
