package vn.baocao.importing.excel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Decodes text files (CSV, HTML) whose encoding is not declared reliably: a UTF-8 BOM, then valid UTF-8, then the
 * Vietnamese Windows code page 1258 (what Excel on a Vietnamese PC writes for "CSV"). The result is NFC, because
 * cp1258 decodes toned letters as base letter plus combining tone mark.
 */
public final class TextDecoding {
    /** The Windows Vietnamese ANSI code page. */
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset, boolean hadBom) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), StandardCharsets.UTF_16LE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), StandardCharsets.UTF_16BE, true);
        }
        Charset charset = isValidUtf8(bytes, false) ? StandardCharsets.UTF_8 : WINDOWS_1258;
        return new Decoded(Normalizer.normalize(new String(bytes, charset), Normalizer.Form.NFC), charset, false);
    }

    /** Decodes the first bytes of a file for sniffing; a UTF-8 sequence cut at the end is tolerated. */
    static String decodeHead(byte[] head) {
        if (isValidUtf8(head, true)) {
            String text = new String(head, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return new String(head, WINDOWS_1258);
    }

    static boolean isValidUtf8(byte[] bytes, boolean mayBeTruncated) {
        byte[] checked = bytes;
        if (mayBeTruncated) {
            int end = bytes.length;
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                checked = Arrays.copyOf(bytes, end - back - 1);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(checked));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
