package vn.baocao.store;

/** A problem with the local database, with a message in Vietnamese that can be shown to the clerk as is. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
