package vn.baocao.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work one piece at a time on a background thread (the database has one connection and one writer, so order is
 * kept). Its running/progress/title properties drive the status bar; {@link #cancel()} backs the "Hủy" button.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "baocao-task");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private volatile Task<?> current;

    @Override
    public <T> void run(String taskTitle, TaskWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        task.setOnRunning(e -> {
            current = task;
            title.set(taskTitle);
            progress.bind(task.progressProperty());
            running.set(true);
        });
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        pending.incrementAndGet();
        executor.execute(task);
    }

    /** A JavaFX task that lets the work see its progress and cancellation through {@link TaskProgress}. */
    private static final class WorkTask<T> extends Task<T> implements TaskProgress {
        private final TaskWork<T> work;

        WorkTask(TaskWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    private void finished() {
        current = null;
        progress.unbind();
        progress.set(0);
        if (pending.decrementAndGet() == 0) {
            running.set(false);
            title.set("");
        }
    }

    /** Asks the running work to stop. */
    public void cancel() {
        Task<?> t = current;
        if (t != null) {
            t.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** -1 while the work reports no progress (indeterminate bar), else 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the calling thread is the UI thread (for assertions in callers). */
    public static boolean onUiThread() {
        return Platform.isFxApplicationThread();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
