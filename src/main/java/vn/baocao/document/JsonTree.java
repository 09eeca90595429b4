package vn.baocao.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with jackson-core's streaming parser, each part keeping the line and column where it starts, so
 * that a document file's mistakes can be named where they are. Objects keep their fields in order; a repeated name
 * keeps its last value, as Jackson's data binding does.
 */
sealed interface JsonTree {
    /** Where the value starts in the file. */
    JsonLocation at();

    record Obj(Map<String, JsonTree> fields, JsonLocation at) implements JsonTree {
    }

    record Arr(List<JsonTree> items, JsonLocation at) implements JsonTree {
    }

    /** A string, a number or a boolean, as its text; {@code kind} tells which. */
    record Scalar(String text, JsonToken kind, JsonLocation at) implements JsonTree {
    }

    record Null(JsonLocation at) implements JsonTree {
    }

    /** The value at the parser's current token, read to its end. */
    static JsonTree read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, JsonTree> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.remove(name); // a repeated name: the last one, in its own place
                    fields.put(name, read(p));
                }
                return new Obj(fields, at);
            }
            case START_ARRAY -> {
                List<JsonTree> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(items, at);
            }
            case VALUE_NULL -> {
                return new Null(at);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(p.getText(), t, at);
            }
            default -> throw new IllegalStateException("unexpected " + t); // the parser gives only the above here
        }
    }
}
