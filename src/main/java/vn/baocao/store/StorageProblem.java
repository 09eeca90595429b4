package vn.baocao.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.baocao.store.text.StoreText;

/**
 * Recognises the conditions of the disk and of other programs that are not damage (a full disk, a read-only file
 * or folder, a database held by another program) and says them in Vietnamese with what the clerk can do. One place,
 * so that a full disk is never reported as "the file may be damaged" and no SQL state reaches the clerk.
 */
public enum StorageProblem {
    DISK_FULL(vn.baocao.files.DiskFull.ADVICE),
    READ_ONLY(StoreText.get("storageProblem.tepHoacThuMuc")),
    BUSY(StoreText.get("storageProblem.coSoDuLieu")),
    IO_ERROR(StoreText.get("storageProblem.oDiaBaoLoi"));

    private final String advice;

    StorageProblem(String advice) {
        this.advice = advice;
    }

    /** What happened and what to do, as one Vietnamese sentence or two. */
    public String advice() {
        return advice;
    }

    /** Below this much free space, an unexplained read/write error is taken for a full disk. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    /**
     * {@link #of(Throwable)}, told more precisely with the place written to: SQLite often reports a full disk as a
     * plain I/O error (the shared-memory file of WAL cannot grow), so an I/O error or an unexplained failure where
     * less than 1 MB is free is a full disk.
     */
    public static Optional<StorageProblem> of(Throwable error, java.nio.file.Path where) {
        Optional<StorageProblem> found = of(error);
        if (found.isEmpty() || found.get() == IO_ERROR) {
            try {
                java.nio.file.Path p = where;
                while (p != null && !java.nio.file.Files.exists(p)) {
                    p = p.getParent();
                }
                if (p != null && java.nio.file.Files.getFileStore(p).getUsableSpace() < NEARLY_FULL_BYTES) {
                    return Optional.of(DISK_FULL);
                }
            } catch (IOException | RuntimeException ignored) {
                // the free space is unknown: keep what the error said
            }
        }
        return found;
    }

    /** The condition behind an exception (walking its causes), if it is one of these. */
    public static Optional<StorageProblem> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Optional<StorageProblem> found = direct(t);
            if (found.isPresent()) {
                return found;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageProblem> direct(Throwable t) {
        if (t instanceof SQLiteException se) {
            Optional<StorageProblem> p = ofCode(se.getResultCode().code & 0xff);
            if (p.isPresent()) {
                return p;
            }
        } else if (t instanceof SQLException sql) {
            Optional<StorageProblem> p = ofCode(sql.getErrorCode() & 0xff);
            if (p.isPresent()) {
                return p;
            }
        }
        if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException) {
            return Optional.of(READ_ONLY);
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("disk full") || message.contains("database or disk is full")
                || message.contains("not enough space") || message.contains("sqlite_full") || message.contains("quota exceeded")) {
            return Optional.of(DISK_FULL);
        }
        if (message.contains("read-only file system") || message.contains("readonly database")
                || message.contains("sqlite_readonly") || message.contains("attempt to write a readonly")) {
            return Optional.of(READ_ONLY);
        }
        if (message.contains("sqlite_busy") || message.contains("database is locked")) {
            return Optional.of(BUSY);
        }
        if (t instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("permission denied")) {
            return Optional.of(READ_ONLY);
        }
        if (t instanceof IOException && message.contains("input/output error")) {
            return Optional.of(IO_ERROR);
        }
        return Optional.empty();
    }

    /** SQLite's primary result codes (the low byte of an extended code). */
    static Optional<StorageProblem> ofCode(int primary) {
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(DISK_FULL);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return Optional.of(READ_ONLY);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Optional.of(BUSY);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Optional.of(IO_ERROR);
        }
        return Optional.empty();
    }
}
