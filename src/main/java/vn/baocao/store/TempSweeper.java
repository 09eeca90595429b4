package vn.baocao.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a killed BaoCao left beside its database: the staging copies of a restore and the temporary files of
 * backups (hidden ".…tmp" files, with their SQLite journals). Runs when the database is opened and locked, so no
 * other BaoCao process can be using them. The database's own journal is never touched: SQLite needs it to recover.
 */
final class TempSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(TempSweeper.class);

    private TempSweeper() {
    }

    static void sweep(Path database) {
        sweep(database.getParent(), "." + database.getFileName() + "-*.tmp*");
        sweep(AutoBackups.folderOf(database), ".*.tmp*");
    }

    private static void sweep(Path folder, String glob) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp") || name.endsWith(".tmp-journal") || name.endsWith(".tmp-wal")
                        || name.endsWith(".tmp-shm")) {
                    Files.deleteIfExists(f);
                    LOG.info("Đã xoá tệp tạm còn sót: {}", f);
                }
            }
        } catch (IOException e) {
            LOG.warn("Không dọn được tệp tạm trong {}", folder, e);
        }
    }
}
