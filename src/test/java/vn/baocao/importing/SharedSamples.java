package vn.baocao.importing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared sample workbooks: the {@code shared.dir} system property (set by surefire to
 * {@code ${basedir}/../shared}), else a {@code shared} folder beside or above the working directory.
 */
public final class SharedSamples {
    private SharedSamples() {
    }

    public static Path sharedDir() {
        String property = System.getProperty("shared.dir");
        if (property != null && Files.isDirectory(Paths.get(property).resolve("excel-samples"))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("excel-samples"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Không tìm thấy thư mục shared/excel-samples (đặt -Dshared.dir=...)");
    }

    public static File sample(String name) {
        File file = sharedDir().resolve("excel-samples").resolve(name).toFile();
        if (!file.isFile()) {
            throw new IllegalStateException("missing sample " + file);
        }
        return file;
    }
}
