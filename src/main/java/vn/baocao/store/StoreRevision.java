package vn.baocao.store;

/**
 * Where the database's content stands, cheap to ask ({@link Database#revision()}): two equal revisions of one open
 * {@link Database} mean that nothing was written in between, by this process or another. Work made from what was
 * read at one revision (an import preview) can then be reused without reading everything again; when they differ,
 * the work must be checked against the data again.
 *
 * <p>Each part catches one kind of write; a write that any of them sees makes the revisions differ:
 *
 * @param transactions  transactions run and restores made through this {@link Database}, finished or rolled back
 * @param rowChanges    SQLite's {@code total_changes()} of the connection: every row inserted, updated or deleted
 *                      through it, also outside a transaction, never decreasing (a rolled-back change still counts)
 * @param dataVersion   SQLite's {@code PRAGMA data_version}: changes whenever another connection, in this process or
 *                      another (the SQLite shell, a second program), has committed a change to the file
 * @param schemaVersion SQLite's {@code PRAGMA schema_version}: any table, index or trigger created, changed or dropped
 */
public record StoreRevision(long transactions, long rowChanges, long dataVersion, long schemaVersion) {
}
