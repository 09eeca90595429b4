package vn.baocao.app.start;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.baocao.store.DataLocation;
import vn.baocao.store.Database;
import vn.baocao.store.StoreException;

/**
 * Opens the database on a thread of its own, started before the JavaFX toolkit, so that loading sqlite-jdbc and its
 * native library overlaps with the toolkit's start instead of following it. {@link #await()} hands the result to the
 * window (or the failure, as the same {@link StoreException} an ordinary open would throw).
 */
final class DatabaseOpening {
    private final CompletableFuture<Database> opening;

    private DatabaseOpening(CompletableFuture<Database> opening) {
        this.opening = opening;
    }

    /** Starts opening the database the arguments name (or the default one). */
    static DatabaseOpening start(Path requested) {
        CompletableFuture<Database> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(Database.open(DataLocation.databaseFile(requested)));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "baocao-open-database");
        thread.setDaemon(true);
        thread.start();
        return new DatabaseOpening(future);
    }

    /** An opening that already happened (or failed), for a start without a head start. */
    static DatabaseOpening now(Path requested) {
        try {
            return new DatabaseOpening(CompletableFuture.completedFuture(
                    Database.open(DataLocation.databaseFile(requested))));
        } catch (RuntimeException e) {
            return new DatabaseOpening(CompletableFuture.failedFuture(e));
        }
    }

    /**
     * Calls {@code opened} with the database, or {@code failed} with what went wrong, on the thread that finished
     * the opening (or this one when it is already finished); the window does not wait for it.
     */
    void whenDone(java.util.function.Consumer<Database> opened, java.util.function.Consumer<RuntimeException> failed) {
        opening.whenComplete((db, e) -> {
            if (e == null) {
                opened.accept(db);
            } else {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                failed.accept(cause instanceof RuntimeException r ? r
                        : new StoreException(vn.baocao.app.Messages.load().get("app.openFailed.detail"), cause));
            }
        });
    }

    /** Waits for the database; rethrows what went wrong while opening it. */
    Database await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }
}
