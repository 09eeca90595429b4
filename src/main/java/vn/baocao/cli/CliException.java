package vn.baocao.cli;

/** A user error on the command line, with a Vietnamese message. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
