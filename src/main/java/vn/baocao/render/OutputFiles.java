package vn.baocao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file safely: the content goes to a temporary file in the target folder, which is
 * then moved over the target in one step. A crash or a target held open by Word or a PDF reader
 * never leaves a half-written file, and the clerk gets a Vietnamese message naming the file.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes the bytes produced by {@code content} to {@code target}. */
    public static void write(Path target, Content content) throws RenderException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RenderException(target, "Không ghi được tệp " + target + ": thư mục " + dir
                    + " không tồn tại.", null);
        }
        if (Files.isDirectory(absolute)) {
            throw new RenderException(target, "Không ghi được tệp " + target + ": đây là một thư mục.", null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new RenderException(target, "Không ghi được tệp " + target
                    + ": tệp chỉ cho phép đọc hoặc đang bị khóa.", null);
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw new RenderException(target, "Không ghi được tệp " + target
                    + ": không có quyền ghi vào thư mục " + dir + ".", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableByOthers(tmp);
            move(tmp, absolute);
        } catch (AccessDeniedException e) {
            throw locked(target, e);
        } catch (FileSystemException e) {
            throw locked(target, e);
        } catch (IOException e) {
            throw new RenderException(target, "Không ghi được tệp " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    /** Temporary files are private to the user; the finished file gets the usual rw-r--r--. */
    private static void readableByOthers(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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

    private static RenderException locked(Path target, IOException e) {
        return new RenderException(target, "Không ghi được tệp " + target
                + ": tệp đang được mở trong chương trình khác (Word, trình đọc PDF…) hoặc không có quyền ghi."
                + " Hãy đóng tệp rồi thử lại.", e);
    }

    /** Produces the content of an output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
