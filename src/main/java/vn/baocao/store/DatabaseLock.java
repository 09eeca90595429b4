package vn.baocao.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.baocao.store.text.StoreText;

/**
 * An operating-system lock on "FILE.lock" beside the database, held while the database is open.
 * SQLite itself would let two processes write in turn; two BaoCao windows on one file would then
 * overwrite each other's edits, so the second one is refused with a clear message instead.
 * The OS releases the lock when the process dies, so a crash never leaves the database locked.
 */
final class DatabaseLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DatabaseLock acquire(Path databaseFile) {
        Path lockFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreText.get("databaseLock.khongTaoDuocTep", lockFile, e.getMessage()), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreText.get("databaseLock.khongKhoaDuocCo", databaseFile, e.getMessage()), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreText.get("databaseLock.coSoDuLieu", databaseFile));
        }
        return new DatabaseLock(channel, lock);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do: the lock was not taken
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
