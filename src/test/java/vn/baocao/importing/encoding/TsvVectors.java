package vn.baocao.importing.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated test vectors transcribed from the spec; "\\uXXXX" escapes are expanded. */
final class TsvVectors {
    private TsvVectors() {
    }

    static List<String[]> read(String resourceName) {
        InputStream in = TsvVectors.class.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resourceName);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = unescape(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static char hex(String field) {
        return (char) Integer.parseInt(field.trim(), 16);
    }

    private static String unescape(String field) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < field.length()) {
            if (field.startsWith("\\u", i) && i + 6 <= field.length()) {
                sb.append((char) Integer.parseInt(field.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                sb.append(field.charAt(i++));
            }
        }
        return sb.toString();
    }
}
