package vn.baocao.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
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
        String prefix = "Không ghi được " + what + " " + absolute + ": ";
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileWriteException(absolute, prefix + "thư mục " + dir + " không tồn tại.", null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileWriteException(absolute, prefix + "đã có một thư mục cùng tên.", null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw locked(absolute, prefix, openIn, null);
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw new FileWriteException(absolute, prefix + "không có quyền ghi vào thư mục " + dir + ".", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableByOthers(tmp);
            move(tmp, absolute);
        } catch (AccessDeniedException e) {
            throw locked(absolute, prefix, openIn, e);
        } catch (FileSystemException e) {
            throw locked(absolute, prefix, openIn, e);
        } catch (IOException | RuntimeException e) {
            throw new FileWriteException(absolute, prefix + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Tệp chưa bị thay đổi.", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless, and it is not the target
            }
        }
    }

    private static FileWriteException locked(Path file, String prefix, String openIn, Exception cause) {
        return new FileWriteException(file, prefix + "tệp chỉ cho phép đọc, đang được mở trong chương trình khác (" + openIn
                + ") hoặc không có quyền ghi. Hãy đóng tệp hoặc chọn tên khác rồi thử lại.", cause);
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
