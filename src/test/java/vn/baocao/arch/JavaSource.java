package vn.baocao.arch;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a Java lexer for the text tests: string literals (with their decoded text and offset) outside comments,
 * and the argument count of a call. Not a parser; it relies on the sources compiling.
 */
final class JavaSource {
    /** A string literal or text block: where it starts in the source, its text as Java reads it, and its line. */
    record Literal(int start, int end, String text, int line) {
    }

    private final String src;

    JavaSource(String src) {
        this.src = src;
    }

    String text() {
        return src;
    }

    List<Literal> literals() {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = lineEnd(i);
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                out.add(new Literal(i, end + 3, src.substring(i + 3, end), line(i)));
                i = end + 3;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (src.charAt(j) != '"') {
                    if (src.charAt(j) == '\\') {
                        j = unescape(j, text);
                    } else {
                        text.append(src.charAt(j++));
                    }
                }
                out.add(new Literal(i, j + 1, text.toString(), line(i)));
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private int unescape(int j, StringBuilder text) {
        char e = src.charAt(j + 1);
        switch (e) {
            case 'n' -> text.append('\n');
            case 't' -> text.append('\t');
            case 'r' -> text.append('\r');
            case 'b' -> text.append('\b');
            case 'f' -> text.append('\f');
            case 's' -> text.append(' ');
            case 'u' -> {
                int k = j + 1;
                while (src.charAt(k) == 'u') {
                    k++;
                }
                text.append((char) Integer.parseInt(src.substring(k, k + 4), 16));
                return k + 4;
            }
            default -> {
                if (Character.isDigit(e)) {
                    int k = j + 1;
                    while (k < j + 4 && Character.isDigit(src.charAt(k))) {
                        k++;
                    }
                    text.append((char) Integer.parseInt(src.substring(j + 1, k), 8));
                    return k;
                }
                text.append(e);
            }
        }
        return j + 2;
    }

    private int lineEnd(int i) {
        int end = src.indexOf('\n', i);
        return end < 0 ? src.length() : end;
    }

    int line(int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (src.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The number of arguments after the first one of the call whose first argument ends at {@code afterFirst}: 0 for
     * {@code get("key")}, 2 for {@code get("key", a, b(c, d))}.
     */
    int furtherArguments(int afterFirst, List<Literal> literals) {
        int depth = 0;
        int count = 0;
        int i = afterFirst;
        while (true) {
            char c = src.charAt(i);
            Literal lit = literalAt(i, literals);
            if (lit != null) {
                i = lit.end();
                continue;
            }
            if (c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return count;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
            i++;
        }
    }

    private static Literal literalAt(int offset, List<Literal> literals) {
        int lo = 0;
        int hi = literals.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Literal l = literals.get(mid);
            if (l.start() == offset) {
                return l;
            }
            if (l.start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The identifier (with its receiver, "LOG.warn") just before the '(' that encloses {@code offset}, or "". */
    String enclosingCall(int offset, List<Literal> literals) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = src.charAt(i);
            if (c == '"') {
                // skip back over a literal that ends here
                for (Literal l : literals) {
                    if (l.end() == i + 1) {
                        i = l.start();
                        break;
                    }
                }
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    if (c != '(') {
                        return "";
                    }
                    int end = i;
                    while (end > 0 && Character.isWhitespace(src.charAt(end - 1))) {
                        end--;
                    }
                    int start = end;
                    while (start > 0 && (Character.isJavaIdentifierPart(src.charAt(start - 1)) || src.charAt(start - 1) == '.'
                            || src.charAt(start - 1) == '@')) {
                        start--;
                    }
                    return src.substring(start, end);
                }
                depth--;
            } else if (c == ';' && depth == 0) {
                return "";
            }
        }
        return "";
    }

    /** The annotation attribute name the literal is the value of ("paramLabel"), or "". */
    String attributeBefore(int offset) {
        int i = offset - 1;
        while (i > 0 && Character.isWhitespace(src.charAt(i))) {
            i--;
        }
        if (src.charAt(i) != '=' || src.charAt(i - 1) == '=' || src.charAt(i - 1) == '!') {
            return "";
        }
        i--;
        while (i > 0 && Character.isWhitespace(src.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isJavaIdentifierPart(src.charAt(i))) {
            i--;
        }
        return src.substring(i + 1, end);
    }
}
