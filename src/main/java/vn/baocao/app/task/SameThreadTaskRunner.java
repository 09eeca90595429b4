package vn.baocao.app.task;

import java.util.function.Consumer;

/** Runs work immediately on the calling thread: for tests and for code that already runs in the background. */
public final class SameThreadTaskRunner implements TaskRunner {
    private int completed;

    @Override
    public <T> void run(String title, TaskWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(TaskProgress.NONE);
        } catch (Exception e) {
            completed++;
            onFailure.accept(e);
            return;
        }
        completed++;
        onSuccess.accept(result);
    }

    /** How many pieces of work have run. */
    public int completed() {
        return completed;
    }
}
