package vn.baocao.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFiles;

/** The five seed documents kept as document files under src/test/resources/seeds/. */
public final class SeedFixtures {
    public static final List<String> NAMES = List.of("000", "001", "002", "003", "004");

    private SeedFixtures() {
    }

    public static String json(String name) throws IOException {
        try (InputStream in = SeedFixtures.class.getResourceAsStream("/seeds/" + name + ".json")) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static AdministrativeDocument load(String name) throws IOException {
        return DocumentFiles.fromJson(json(name));
    }
}
