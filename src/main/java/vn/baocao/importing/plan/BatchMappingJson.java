package vn.baocao.importing.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON kept with an import batch: the layout's fingerprint, the file's SHA-256 (to say so when the same file is
 * imported again), what each column went to, the remembered mapping and the indicators the batch added (what undo
 * removes again). Written with jackson-core's streaming generator, field by field: the same text databind's
 * {@code writeValueAsString} of the equivalent maps gave (BatchMappingJsonTest), without the bean introspection
 * that made it cost some 60 ms on the first import of a process.
 */
final class BatchMappingJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BatchMappingJson() {
    }

    /** {@code sha256} null when the file could not be read again (then the key is left out). */
    static String of(ImportPreview preview, String sha256) {
        StringWriter out = new StringWriter(256 + 32 * preview.columns().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("fingerprint", preview.fingerprint());
            if (sha256 != null) {
                g.writeStringField("sha256", sha256);
            }
            g.writeBooleanField("template", preview.fromTemplate());
            g.writeObjectFieldStart("columns");
            for (ColumnPlan col : preview.columns()) {
                g.writeStringField(col.letter(), col.imported()
                        ? col.slot().code() + " " + col.areaCode() + " " + col.period().code()
                        : "bỏ qua: " + col.reason());
            }
            g.writeEndObject();
            g.writeFieldName("remembered");
            preview.mapping().writeTo(g);
            g.writeArrayFieldStart("addedIndicators");
            for (NewIndicator n : preview.newIndicators()) {
                g.writeString(n.code());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
