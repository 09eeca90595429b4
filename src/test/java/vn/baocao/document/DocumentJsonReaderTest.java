package vn.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.document.compose.ReportTemplates;

/**
 * The streaming reader against the data binding it replaced (the same ObjectMapper settings, kept here as the
 * reference): every seed, shipped template and the full sample read alike, and every file made by changing one
 * value of them in one of a dozen ways is either read alike by both or refused by both, the reader's refusal in
 * Vietnamese naming the field.
 */
class DocumentJsonReaderTest {
    private static final ObjectMapper REFERENCE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|of|for|not|Cannot|Unrecognized|Exception|null)\\b");

    /**
     * Where the data binding guessed and the reader refuses: a fraction for a whole number (2.5 read as 2), a
     * position for a named value (0 read as the first), a number other than 0/1 or an empty text for yes/no.
     */
    private static final Pattern GUESSES = Pattern.compile(
            ".*/(number|day|month|year|keepWithNext/\\d+) decimal 2\\.5"
                    + "|.*/(type|profile|level|marker|mode|alignment) number 0"
                    + "|.*/landscape (number 7|empty string)");

    @TempDir
    Path dir;

    static Stream<String> documents() throws IOException {
        List<String> out = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            try (InputStream in = DocumentJsonReaderTest.class.getResourceAsStream("/seeds/" + seed + ".json")) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String template : List.of("bao-cao-nam", "bao-cao-thang", "bao-cao-quy", "bao-cao-6-thang",
                "bao-cao-9-thang", "thong-bao", "ke-hoach", "cong-van")) {
            try (InputStream in = ReportTemplates.class.getResourceAsStream("/vn/baocao/templates/" + template + ".json")) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        out.add(DocumentFiles.toJson(DocumentJsonTest.sample()));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsWhatTheDataBindingRead(String json) throws Exception {
        AdministrativeDocument expected = REFERENCE.readValue(json, DocumentFiles.DocumentFile.class).document();
        assertThat(DocumentFiles.fromJson(json)).isEqualTo(expected);
    }

    /** One value of a document changed; both readers must agree on the outcome. */
    record Mutation(String name, Function<JsonNode, JsonNode> change) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static List<Mutation> mutations() {
        return List.of(
                new Mutation("removed", n -> null),
                new Mutation("null", n -> NODES.nullNode()),
                new Mutation("number 7", n -> NODES.numberNode(7)),
                new Mutation("number 0", n -> NODES.numberNode(0)),
                new Mutation("decimal 2.5", n -> NODES.numberNode(2.5)),
                new Mutation("string \"7\"", n -> NODES.textNode("7")),
                new Mutation("string \"x\"", n -> NODES.textNode("x")),
                new Mutation("empty string", n -> NODES.textNode("")),
                new Mutation("true", n -> NODES.booleanNode(true)),
                new Mutation("empty array", n -> NODES.arrayNode()),
                new Mutation("empty object", n -> NODES.objectNode()),
                new Mutation("as text", n -> n.isValueNode() ? NODES.textNode(n.asText()) : n));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyOneValueChangeIsReadAlikeOrRefusedByBoth(String json) throws Exception {
        JsonNode root = REFERENCE.readTree(json);
        List<String> paths = new ArrayList<>();
        collectPaths(root, "", paths);
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (String path : paths) {
            for (Mutation m : mutations()) {
                JsonNode copy = root.deepCopy();
                if (!apply(copy, path, m.change())) {
                    continue;
                }
                compareBoth(REFERENCE.writeValueAsString(copy), path + " " + m.name(), disagreements);
                compared++;
            }
            // an unknown field beside it, and the fields of its object in reverse order
            JsonNode copy = root.deepCopy();
            JsonNode parent = parentOf(copy, path);
            if (parent instanceof ObjectNode o) {
                o.put("khongCo", 1);
                compareBoth(REFERENCE.writeValueAsString(copy), path + " beside an unknown field", disagreements);
                o.remove("khongCo");
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
                o.fields().forEachRemaining(entries::add);
                ObjectNode reversed = NODES.objectNode();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    reversed.set(entries.get(i).getKey(), entries.get(i).getValue());
                }
                o.removeAll();
                o.setAll(reversed);
                compareBoth(REFERENCE.writeValueAsString(copy), path + " fields reversed", disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(100);
    }

    private static void compareBoth(String json, String what, List<String> disagreements) {
        Object expected;
        try {
            expected = REFERENCE.readValue(json, DocumentFiles.DocumentFile.class).document();
        } catch (Exception e) {
            expected = e;
        }
        Object actual;
        try {
            actual = DocumentFiles.fromJson(json);
        } catch (Exception e) {
            actual = e;
        }
        if (!(expected instanceof Exception) && actual instanceof IOException e && GUESSES.matcher(what).matches()
                && e.getMessage().startsWith("Văn bản không đúng định dạng")) {
            return; // the data binding guessed; the reader refuses, in Vietnamese
        }
        if (expected instanceof Exception refused) {
            if (!(actual instanceof IOException e)) {
                disagreements.add(what + ": read, but the data binding refused it: " + firstLine(refused.getMessage()));
            } else if (!e.getMessage().startsWith("Văn bản không đúng định dạng")
                    || ENGLISH.matcher(e.getMessage().replaceAll("\"[^\"]*\"", "")).find()) {
                disagreements.add(what + ": refused in words not ours: " + e.getMessage());
            }
        } else if (actual instanceof Exception e) {
            disagreements.add(what + ": refused (" + e.getMessage() + "), but the data binding read it");
        } else if (!actual.equals(expected)) {
            disagreements.add(what + ": read differently");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static void collectPaths(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String p = path + "/" + name;
                out.add(p);
                collectPaths(node.get(name), p, out);
            }
        } else if (node.isArray()) {
            // the first two items of a list stand for the rest
            for (int i = 0; i < Math.min(2, node.size()); i++) {
                String p = path + "/" + i;
                out.add(p);
                collectPaths(node.get(i), p, out);
            }
        }
    }

    private static JsonNode parentOf(JsonNode root, String path) {
        return root.at(path.substring(0, path.lastIndexOf('/')));
    }

    private static boolean apply(JsonNode root, String path, Function<JsonNode, JsonNode> change) {
        JsonNode parent = parentOf(root, path);
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode o) {
            JsonNode changed = change.apply(o.get(last));
            if (changed == null) {
                o.remove(last);
            } else {
                o.set(last, changed);
            }
            return true;
        }
        if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            JsonNode changed = change.apply(a.get(i));
            if (changed == null) {
                a.remove(i);
            } else {
                a.set(i, changed);
            }
            return true;
        }
        return false;
    }

    @Test
    void aBrokenFileIsNamedWithItsLineAndColumn() throws Exception {
        Path file = dir.resolve("hong.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"document\": {\"type\": \"BAO_CAO\",,}\n}");
        assertThatThrownBy(() -> DocumentFiles.read(file)).isInstanceOf(DocumentFileException.class)
                .hasMessageContaining("hong.json").hasMessageContaining("không phải JSON hợp lệ (dòng 3, cột");
        Files.writeString(file, "");
        assertThatThrownBy(() -> DocumentFiles.read(file)).hasMessageContaining("không đúng định dạng")
                .hasMessageContaining("tệp trống");
        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> DocumentFiles.read(file)).hasMessageContaining("mục tệp phải là một đối tượng JSON");
    }

    @Test
    void aMistakeNamesTheFieldWhereItIs() throws Exception {
        String json = DocumentFiles.toJson(DocumentJsonTest.sample());
        Path file = dir.resolve("vb.json");
        Files.writeString(file, json.replace("\"level\" : \"ROMAN\"", "\"level\" : \"LA_MA\""));
        assertThatThrownBy(() -> DocumentFiles.read(file))
                .hasMessageContaining("mục document.body[0](heading).level không nhận giá trị \"LA_MA\"")
                .hasMessageContaining("ROMAN, ARABIC, DECIMAL, LETTER, DASH, PLUS")
                .hasMessageMatching("(?s).*\\(dòng \\d+, cột \\d+\\).*");
        Files.writeString(file, json.replace("\"summary\" :", "\"tomTat\" : 1, \"summary\" :"));
        assertThatThrownBy(() -> DocumentFiles.read(file)).hasMessageContaining("mục \"tomTat\" không có trong định dạng của document");
        Files.writeString(file, json.replace("\"type\" : \"pageBreak\"", "\"type\" : \"ngatTrang\""));
        assertThatThrownBy(() -> DocumentFiles.read(file)).hasMessageContaining("có loại \"ngatTrang\"");
    }
}
