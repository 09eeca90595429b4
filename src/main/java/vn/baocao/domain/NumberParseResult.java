package vn.baocao.domain;

import java.util.Objects;

/**
 * The outcome of reading a number from text. Never thrown away silently: an ambiguous text ("1,435") carries both
 * readings and a message, an invalid one a message in Vietnamese naming the text.
 *
 * @param number the reading (for AMBIGUOUS: the Vietnamese reading, comma = decimal); null for NO_VALUE and INVALID
 * @param alternative for AMBIGUOUS only: the English reading (comma = thousands)
 * @param message empty for OK, else why the text was not accepted as it stands
 */
public record NumberParseResult(Status status, ParsedNumber number, ParsedNumber alternative, String message) {

    public enum Status {
        /** One clear number. */
        OK,
        /** Two readings are possible ("1,435": 1,435 or one thousand four hundred thirty-five); ask the user. */
        AMBIGUOUS,
        /** The text means "no figure" ("", "-", "x", "…", "không"); this is not zero. */
        NO_VALUE,
        /** Not a number in the Vietnamese convention. */
        INVALID
    }

    public NumberParseResult {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    static NumberParseResult ok(ParsedNumber number) {
        return new NumberParseResult(Status.OK, number, null, "");
    }

    static NumberParseResult ambiguous(ParsedNumber vietnamese, ParsedNumber english, String message) {
        return new NumberParseResult(Status.AMBIGUOUS, vietnamese, english, message);
    }

    static NumberParseResult noValue(String message) {
        return new NumberParseResult(Status.NO_VALUE, null, null, message);
    }

    static NumberParseResult invalid(String message) {
        return new NumberParseResult(Status.INVALID, null, null, message);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public boolean isAmbiguous() {
        return status == Status.AMBIGUOUS;
    }

    /** The single clear number, or an {@link InvalidNumberException} carrying the message. */
    public ParsedNumber orElseThrow() {
        if (status != Status.OK) {
            throw new InvalidNumberException(message);
        }
        return number;
    }
}
