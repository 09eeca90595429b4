package vn.baocao.app.task;

import java.util.function.Consumer;

/**
 * Runs work away from the window and hands the result back on the window's thread. View models use only this, so
 * tests run them with {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /**
     * @param title what the status bar says while the work runs (Vietnamese)
     * @param onSuccess called with the result on the UI thread
     * @param onFailure called with the error on the UI thread; not called when the clerk cancelled
     */
    <T> void run(String title, TaskWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
