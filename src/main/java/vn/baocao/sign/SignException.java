package vn.baocao.sign;

/** Signing or verifying could not be done; {@link #getMessage()} is the whole Vietnamese sentence for the clerk. */
public final class SignException extends Exception {
    private static final long serialVersionUID = 1L;

    public SignException(String message) {
        super(message);
    }

    public SignException(String message, Throwable cause) {
        super(message, cause);
    }
}
