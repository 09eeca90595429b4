package vn.baocao.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.document.text.DocumentText;

/**
 * The values of a {@link JsonTree} as the document model takes them: texts, whole numbers, numbers, yes/no, named
 * values and objects with known fields, each refused with a {@link Mistake} naming the field's path where the value
 * is not of its kind ({@link DocumentJsonReader} maps the fields to the model).
 */
final class JsonValues {
    private JsonValues() {
    }

    /** A mistake in a file that parses as JSON: what and where. */
    static final class Mistake extends Exception {
        private final transient JsonLocation at;

        Mistake(JsonLocation at, String message, Throwable cause) {
            super(message, cause);
            this.at = at;
        }

        JsonLocation at() {
            return at;
        }
    }

    /** The fields of an object; with {@code known} set, any other name than these and {@code skipped} is refused. */
    static Map<String, JsonTree> fields(JsonTree node, String path, Set<String> known, Set<String> skipped)
            throws Mistake {
        if (!(node instanceof JsonTree.Obj obj)) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.canDoiTuong", where(path)), null);
        }
        if (known != null) {
            for (Map.Entry<String, JsonTree> e : obj.fields().entrySet()) {
                if (!known.contains(e.getKey()) && !skipped.contains(e.getKey())) {
                    throw new Mistake(e.getValue().at(), DocumentText.get("documentJson.mucKhongCo",
                            e.getKey(), where(path)), null);
                }
            }
        }
        return obj.fields();
    }

    /** A text; a number or true/false is taken as written, as the data binding did. */
    static String string(JsonTree node, String path) throws Mistake {
        if (node == null || node instanceof JsonTree.Null) {
            return null;
        }
        if (!(node instanceof JsonTree.Scalar s)) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.canChu", path), null);
        }
        return s.text();
    }

    static Integer integerOrNull(JsonTree node, String path) throws Mistake {
        if (node == null || node instanceof JsonTree.Null
                || node instanceof JsonTree.Scalar s && s.kind() == JsonToken.VALUE_STRING
                        && (s.text().isBlank() || s.text().equals("null"))) {
            return null; // "" or "null" as no number, as the data binding took them
        }
        BigDecimal n = numeric(node, path);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new Mistake(node.at(), DocumentText.get("documentJson.canSoNguyen", path, n.toPlainString()), e);
        }
    }

    static int integer(JsonTree node, String path, int missing) throws Mistake {
        Integer n = integerOrNull(node, path);
        return n == null ? missing : n;
    }

    static double decimal(JsonTree node, String path) throws Mistake {
        return node == null || node instanceof JsonTree.Null ? 0 : numeric(node, path).doubleValue();
    }

    /** A number, also when written as a string ("15"), as the data binding accepted. */
    static BigDecimal numeric(JsonTree node, String path) throws Mistake {
        if (node instanceof JsonTree.Scalar s && s.kind() != JsonToken.VALUE_TRUE
                && s.kind() != JsonToken.VALUE_FALSE) {
            try {
                return new BigDecimal(s.text().strip());
            } catch (NumberFormatException e) {
                throw new Mistake(node.at(), DocumentText.get("documentJson.canSo", path, s.text()), e);
            }
        }
        throw new Mistake(node.at(), DocumentText.get("documentJson.canSo", path, describe(node)), null);
    }

    static boolean bool(JsonTree node, String path) throws Mistake {
        if (node == null || node instanceof JsonTree.Null) {
            return false;
        }
        if (node instanceof JsonTree.Scalar s && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        if (node instanceof JsonTree.Scalar s && s.kind() == JsonToken.VALUE_NUMBER_INT
                && (s.text().equals("0") || s.text().equals("1"))) {
            return s.text().equals("1");
        }
        throw new Mistake(node.at(), DocumentText.get("documentJson.canDungSai", path, describe(node)), null);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, JsonTree node, String path) throws Mistake {
        String name = string(node, path);
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        String known = String.join(", ", names);
        throw new Mistake(node.at(), DocumentText.get("documentJson.giaTriKhongCo", path, name, known), null);
    }

    /** The path as named in a message: "document.body[3](paragraph).text", or "tệp" for the whole file. */
    static String where(String path) {
        return path.isEmpty() ? DocumentText.get("documentJson.tep") : path;
    }

    static String describe(JsonTree node) {
        return node instanceof JsonTree.Scalar s ? s.text()
                : node instanceof JsonTree.Arr ? "[…]" : node instanceof JsonTree.Obj ? "{…}" : "null";
    }
}
