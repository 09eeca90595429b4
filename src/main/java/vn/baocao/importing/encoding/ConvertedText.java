package vn.baocao.importing.encoding;

import java.util.Objects;

/** Text after conversion to Unicode NFC, with the original as read and the encoding it was found in. */
public record ConvertedText(String text, String original, SourceEncoding encoding) {
    public ConvertedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(encoding, "encoding");
    }

    public boolean changed() {
        return !text.equals(original);
    }
}
