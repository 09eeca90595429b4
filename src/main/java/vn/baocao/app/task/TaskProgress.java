package vn.baocao.app.task;

/** What running work can tell the window, and ask of it. */
public interface TaskProgress {
    /** Reports how far the work has come. */
    void update(long done, long total);

    /** Whether the clerk pressed "Hủy"; long work should check this and stop. */
    boolean isCancelled();

    /** For work that reports nothing. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
