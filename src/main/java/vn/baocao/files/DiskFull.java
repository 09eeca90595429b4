package vn.baocao.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a failed write was a full disk, told from the error or, when the system says nothing useful, from the free
 * space left where the file goes. The store's {@code StorageProblem} uses the same advice for the database.
 */
public final class DiskFull {
    /** What happened and what to do. */
    public static final String ADVICE = FileText.get("diskFull.oDiaDaDay");

    /** Below this much free space, an unexplained write failure is taken for a full disk. */
    public static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private DiskFull() {
    }

    /** Whether {@code error} (or one of its causes) says the disk is full, or less than 1 MB is free at {@code where}. */
    public static boolean explains(Throwable error, Path where) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk full") || message.contains("not enough space")
                    || message.contains("quota exceeded")) {
                return true;
            }
        }
        return nearlyFull(where);
    }

    /** Whether less than {@link #NEARLY_FULL_BYTES} is free on the file system holding {@code where}. */
    public static boolean nearlyFull(Path where) {
        try {
            Path p = where;
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            return p != null && Files.getFileStore(p).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException unknown) {
            return false; // the free space is unknown: nothing is claimed
        }
    }
}
