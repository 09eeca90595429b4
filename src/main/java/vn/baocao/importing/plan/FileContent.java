package vn.baocao.importing.plan;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The SHA-256 of a file's content, to recognise a file imported before whatever its name. */
final class FileContent {
    private FileContent() {
    }

    /** Lower-case hex digest, or null when there is no file or it cannot be read (then nothing is recognised). */
    static String sha256(File file) {
        if (file == null || !file.isFile()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The digest {@link #sha256} computed on another thread; null, as for an unreadable file, if that failed. */
    static String join(CompletableFuture<String> digest) {
        try {
            return digest.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }
}
