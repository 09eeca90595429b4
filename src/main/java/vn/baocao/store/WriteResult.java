package vn.baocao.store;

/** What a save did to the stored row. */
public enum WriteResult {
    INSERTED, UPDATED, UNCHANGED, DELETED
}
