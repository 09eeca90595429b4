-- Figures keyed by area and period first (issue 17). Every read of a commune's figures (its assessment, its reports,
-- the grid) asks by area and period, and an import writes them area by area: one unique key that starts with the
-- area serves both, and the separate (area, period) index that every inserted figure also had to update goes.
-- SQLite cannot change a table's constraint in place, so the table is rebuilt with the same columns, rows and ids;
-- Database.migrate copies the file before any upgrade.
CREATE TABLE observation_keyed (
    id                INTEGER PRIMARY KEY,
    indicator_id      INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    area_id           INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    period_id         INTEGER NOT NULL REFERENCES period(id) ON DELETE RESTRICT,
    kind              TEXT NOT NULL CHECK (kind IN ('THUC_HIEN', 'UOC', 'SO_BO', 'CHINH_THUC')),
    value             TEXT,
    qualifier         TEXT NOT NULL DEFAULT 'NONE',
    numerator         TEXT,
    denominator       TEXT,
    text_as_written   TEXT,
    pct_as_written    TEXT,
    change_as_written TEXT,
    note              TEXT,
    source            TEXT,
    batch_id          INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    updated_by        TEXT,
    updated_at        TEXT NOT NULL,
    UNIQUE (area_id, period_id, indicator_id, kind)
);

INSERT INTO observation_keyed (id, indicator_id, area_id, period_id, kind, value, qualifier, numerator, denominator,
        text_as_written, pct_as_written, change_as_written, note, source, batch_id, updated_by, updated_at)
    SELECT id, indicator_id, area_id, period_id, kind, value, qualifier, numerator, denominator,
        text_as_written, pct_as_written, change_as_written, note, source, batch_id, updated_by, updated_at
    FROM observation ORDER BY area_id, period_id, indicator_id, kind;

DROP TABLE observation;
ALTER TABLE observation_keyed RENAME TO observation;
