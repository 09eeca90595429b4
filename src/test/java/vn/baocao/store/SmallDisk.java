package vn.baocao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real size-limited file system for disk-full tests: a tmpfs of the given size mounted on a folder. Needs root
 * (the CI machine and the development container run as root); elsewhere the test is skipped, never faked.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code size} ("400k") on a new folder {@code folder}. */
    public static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", folder.toString());
        Assumptions.assumeTrue(rc == 0, "a size-limited file system cannot be mounted here (not root)");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk with a file until only about {@code leave} bytes are left. */
    public void fillLeaving(long leave) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        long fill = Math.max(0, free - leave);
        Path filler = folder.resolve("filler.bin");
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (long written = 0; written < fill; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, fill - written));
            }
        } catch (IOException full) {
            // the disk is full: what we wanted
        }
    }

    /** Makes the file system read-only (as a write-protected USB stick). */
    public void readOnly() throws IOException, InterruptedException {
        if (run("mount", "-o", "remount,ro", folder.toString()) != 0) {
            throw new IOException("remount read-only failed");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            run("umount", "-l", folder.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
