package vn.baocao.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way BaoCao writes a file the clerk asked for (Word, PDF, an Excel report): the content goes to a temporary
 * file in the target folder, which is then moved over the target in one step. A crash, a full disk or a target held
 * open by Word or Excel never leaves a half-written file or a changed old one, and the failure is a Vietnamese
 * message naming the file. In a package of its own, below every layer that writes files, so that writing a file
 * does not depend on the database.
 */
public final class SafeFileWriter {
    /** A letter only Vietnamese text has: a failure already told in Vietnamese is passed on as it is. */
    private static final java.util.regex.Pattern VIETNAMESE_LETTER = java.util.regex.Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]");

    private SafeFileWriter() {
    }

    /** Produces the bytes of the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target}; {@code kind} names the file in the message of a failure. */
    public static void write(Path target, OutputKind kind, Content content) throws FileWriteException {
        String what = kind.what();
        String openIn = kind.openIn();
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String prefix = FileText.get("safeFileWriter.khongGhiDuoc", what, absolute);
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileWriteException(absolute, FileText.get("safeFileWriter.thuMucKhongTon", prefix, dir), null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileWriteException(absolute, FileText.get("safeFileWriter.daCoMotThu", prefix), null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw locked(absolute, prefix, openIn, null);
        }
        sweepOrphans(dir, absolute.getFileName().toString());
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + "-" + ProcessHandle.current().pid() + "-", ".tmp");
        } catch (IOException e) {
            throw new FileWriteException(absolute, FileText.get("safeFileWriter.khongCoQuyenGhi", prefix, dir), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableByOthers(tmp);
            move(tmp, absolute);
        } catch (IOException | RuntimeException e) {
            if (DiskFull.explains(e, dir)) {
                throw new FileWriteException(absolute, FileText.get("safeFileWriter.diskFull", prefix, DiskFull.ADVICE), e);
            }
            if (e instanceof FileSystemException) {
                throw locked(absolute, prefix, openIn, e);
            }
            if (e instanceof FileWriteException fwe) {
                throw fwe;
            }
            if (e.getMessage() != null && VIETNAMESE_LETTER.matcher(e.getMessage()).find()) {
                throw new FileWriteException(absolute, FileText.get("safeFileWriter.ownWords", prefix, e.getMessage()), e); // our own words
            }
            // A failure of the content itself (a renderer's bug): the clerk gets one sentence, support gets the log.
            java.util.logging.Logger.getLogger(SafeFileWriter.class.getName())
                    .log(java.util.logging.Level.SEVERE, "Ghi " + absolute + " thất bại", e);
            throw new FileWriteException(absolute, FileText.get("safeFileWriter.loiKhiTaoNoi", prefix), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless, and it is not the target
            }
        }
    }

    /** A temporary file older than this, for the same target, was left by a killed process. */
    static final java.time.Duration ORPHAN_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Removes the temporary files a killed BaoCao left for this same target (never another program's files): those
     * whose process (its id is in the name) is gone, and any older than {@link #ORPHAN_AGE}.
     */
    public static void sweepOrphans(Path dir, String targetName) {
        String prefix = "." + targetName + "-";
        java.time.Instant before = java.time.Instant.now().minus(ORPHAN_AGE);
        try (var files = Files.newDirectoryStream(dir, path -> {
            String n = path.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path f : files) {
                if (!writerAlive(f.getFileName().toString().substring(prefix.length()))
                        || Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a leftover stays until the next write; it is hidden and not the target
        }
    }

    /** Whether the process named in "PID-RANDOM.tmp" still runs (true when no id can be read: keep the file). */
    private static boolean writerAlive(String rest) {
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return true;
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static FileWriteException locked(Path file, String prefix, String openIn, Exception cause) {
        return new FileWriteException(file, FileText.get("safeFileWriter.tepChiChoPhep", prefix, openIn), cause);
    }

    /** Temporary files are private to the user; the finished file gets the usual rw-r--r--. */
    private static void readableByOthers(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system (Windows): nothing to do
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
