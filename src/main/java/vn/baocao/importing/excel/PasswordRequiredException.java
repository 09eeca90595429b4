package vn.baocao.importing.excel;

/** The file is protected by a "password to open": the UI should ask for it and call the reader again. */
public final class PasswordRequiredException extends WorkbookReadException {
    public PasswordRequiredException(String fileName, Throwable cause) {
        super(ReadProblem.PASSWORD_REQUIRED, fileName, ReadMessages.passwordRequired(fileName), cause);
    }
}
