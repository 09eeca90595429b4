package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit's JSON written field by field is the text databind wrote before, null columns left out. */
class AuditLogJsonTest {
    private static final ObjectMapper DATABIND = new ObjectMapper().setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void everyKindOfColumnIsWrittenAsDatabindWroteIt() throws Exception {
        List<Map<String, String>> rows = List.of(
            row(),
            row("value", null),
            row("value", "1234.5", "qualifier", "NONE", "numerator", null, "text_as_written", "1.234,5",
                    "source", "lô 12: 'Biểu 01'!E5", "batch_id", "12", "updated_by", "Nguyễn Văn A"),
            row("note", "\"trích\" \\ dẫn\tmột\ndòng\u0001\u001f", "change_as_written", "↑ 5 % 😀", "pct_as_written", ""),
            row("updated_at", "2026-12-04T18:00:00.123Z", "rows", "96000", "z", null, "a", "x"));
        for (Map<String, String> r : rows) {
            assertThat(AuditLog.toJson(r)).isEqualTo(DATABIND.writeValueAsString(r));
        }
        assertThat(AuditLog.toJson(row("value", null, "source", "B7"))).isEqualTo("{\"source\":\"B7\"}");
        assertThat(AuditLog.toJson(null)).isNull();
    }
}
