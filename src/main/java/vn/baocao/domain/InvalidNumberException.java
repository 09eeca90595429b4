package vn.baocao.domain;

/** A text that is not one clear Vietnamese number; the message is in Vietnamese and names the text. */
public class InvalidNumberException extends IllegalArgumentException {
    public InvalidNumberException(String message) {
        super(message);
    }
}
