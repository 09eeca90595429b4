package vn.baocao.app.task;

/** A piece of background work. */
@FunctionalInterface
public interface TaskWork<T> {
    T call(TaskProgress progress) throws Exception;
}
