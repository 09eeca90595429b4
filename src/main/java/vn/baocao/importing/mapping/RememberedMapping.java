package vn.baocao.importing.mapping;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.baocao.store.SettingsRepository;

/**
 * The clerk's choices for one sheet layout (by {@link SheetFingerprint}), kept in the settings table, so the next
 * file of the same layout is mapped with no questions.
 *
 * @param columns column letter → meaning ("E" → "KH"), for columns the layout did not recognise
 * @param numberStyles column letter → "VN" or "EN" for ambiguous numbers such as "1,435"
 * @param rows    row key (folded path and unit) → indicator code, or "BO_QUA"
 */
public record RememberedMapping(Map<String, String> columns, Map<String, String> numberStyles,
                                Map<String, String> rows) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String KEY_PREFIX = "import.mapping.";

    public RememberedMapping {
        columns = new LinkedHashMap<>(columns == null ? Map.of() : columns);
        numberStyles = new LinkedHashMap<>(numberStyles == null ? Map.of() : numberStyles);
        rows = new LinkedHashMap<>(rows == null ? Map.of() : rows);
    }

    public static RememberedMapping empty() {
        return new RememberedMapping(Map.of(), Map.of(), Map.of());
    }

    @JsonIgnore
    public boolean isEmpty() {
        return columns.isEmpty() && numberStyles.isEmpty() && rows.isEmpty();
    }

    public static RememberedMapping load(Connection c, String fingerprint) throws SQLException {
        Optional<String> json = new SettingsRepository(c).get(KEY_PREFIX + fingerprint);
        if (json.isEmpty()) {
            return empty();
        }
        try {
            return JSON.readValue(json.get(), RememberedMapping.class);
        } catch (JsonProcessingException e) {
            return empty(); // a damaged entry only means the questions are asked again
        }
    }

    public void save(Connection c, String fingerprint) throws SQLException {
        new SettingsRepository(c).put(KEY_PREFIX + fingerprint, toJson());
    }

    /**
     * {"columns":{…},"numberStyles":{…},"rows":{…}}: written field by field with jackson-core's generator, the
     * same text databind gave for this record (BatchMappingJsonTest) without its bean introspection, which cost
     * tens of milliseconds on the first import of a process.
     */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes this mapping as one JSON object where {@code g} stands (also inside an import batch's JSON). */
    public void writeTo(JsonGenerator g) throws IOException {
        g.writeStartObject();
        writeMap(g, "columns", columns);
        writeMap(g, "numberStyles", numberStyles);
        writeMap(g, "rows", rows);
        g.writeEndObject();
    }

    private static void writeMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** This mapping with another's entries laid over it. */
    public RememberedMapping merge(RememberedMapping newer) {
        RememberedMapping m = new RememberedMapping(columns, numberStyles, rows);
        m.columns.putAll(newer.columns);
        m.numberStyles.putAll(newer.numberStyles);
        m.rows.putAll(newer.rows);
        return m;
    }
}
