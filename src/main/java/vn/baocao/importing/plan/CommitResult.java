package vn.baocao.importing.plan;

/** What a commit wrote: the batch (0 when nothing needed writing), counts, and the preview it followed. */
public record CommitResult(long batchId, int inserted, int updated, int indicatorsAdded, ImportPreview preview) {
}
