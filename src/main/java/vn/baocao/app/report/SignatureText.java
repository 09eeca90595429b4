package vn.baocao.app.report;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.Signature;

/** The signature's authority lines as the clerk edits them: one line each, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
public final class SignatureText {
    private SignatureText() {
    }

    public static String lines(Signature s) {
        if (s == null) {
            return "";
        }
        return String.join("\n", s.authority().stream().map(AuthorityLine::format).toList());
    }

    /**
     * Reads the lines back.
     *
     * @throws InvalidLine for a line without TM., KT., Q., TL. or TUQ.
     */
    public static List<AuthorityLine> parse(String text) {
        List<AuthorityLine> out = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            AuthorityMode mode = null;
            for (AuthorityMode m : AuthorityMode.values()) {
                if (line.toUpperCase(java.util.Locale.ROOT).startsWith(m.prefix())) {
                    mode = m;
                }
            }
            if (mode == null) {
                throw new InvalidLine(line);
            }
            out.add(new AuthorityLine(mode, line.substring(mode.prefix().length()).strip()));
        }
        return out;
    }

    /** A line that names no authority; the page says which. */
    public static final class InvalidLine extends IllegalArgumentException {
        private final String line;

        InvalidLine(String line) {
            super(line);
            this.line = line;
        }

        public String line() {
            return line;
        }
    }
}
