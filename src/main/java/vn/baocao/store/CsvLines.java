package vn.baocao.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.store.text.StoreText;

/**
 * Reads the comma-separated, double-quoted UTF-8 files the application ships (catalog, demo data).
 * Colleagues' CSV files go through the importer instead, which guesses encodings and separators.
 */
public final class CsvLines {
    private CsvLines() {
    }

    /** Rows as maps from header name to field, in file order. */
    public static List<Map<String, String>> read(InputStream in, String what) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> records = parse(reader);
            if (records.isEmpty()) {
                throw new StoreException(StoreText.get("csvLines.tepTrong", what));
            }
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r < records.size(); r++) {
                List<String> fields = records.get(r);
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new StoreException(StoreText.get("csvLines.tepDongCoCot", what, (r + 1), fields.size(), header.size()));
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), fields.get(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new StoreException(StoreText.get("csvLines.khongDocDuocTep", what, e.getMessage()), e);
        }
    }

    private static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int ch;
        while ((ch = reader.read()) != -1) {
            char c = (char) ch;
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else if (c != '\r' && c != '\uFEFF') {
                field.append(c);
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
