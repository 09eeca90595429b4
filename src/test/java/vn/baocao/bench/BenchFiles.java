package vn.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The benchmarks' scratch folders, removed when a run ends (a run of bench/import.sh left 15 MB per JVM behind). */
final class BenchFiles {
    private BenchFiles() {
    }

    /** Deletes the folder and everything in it; a folder already gone is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (var walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
