-- BaoCao schema, version 1. Decimal values are stored as TEXT in plain notation ("2278", "65.08")
-- so that BigDecimal round-trips exactly; SQLite's REAL would lose digits.

CREATE TABLE sector (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    parent_id INTEGER REFERENCES sector(id) ON DELETE SET NULL
);

CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    base_unit TEXT,            -- "đồng" for "triệu đồng"; null when the unit is its own base
    scale     TEXT             -- "1000000" for "triệu đồng"
);

CREATE TABLE area (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('TINH', 'HUYEN', 'XA', 'THON')),
    parent_id     INTEGER REFERENCES area(id) ON DELETE RESTRICT,
    valid_from    TEXT,        -- ISO date; null = always
    valid_to      TEXT,
    external_code TEXT         -- the national administrative unit code, when known
);

-- Communes merge and split: keep history reportable.
CREATE TABLE area_link (
    from_id   INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    to_id     INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    link_date TEXT NOT NULL,
    link_type TEXT NOT NULL CHECK (link_type IN ('MERGE', 'SPLIT', 'RENAME')),
    PRIMARY KEY (from_id, to_id)
);

CREATE TABLE indicator (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    unit_id        INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    sector_id      INTEGER REFERENCES sector(id) ON DELETE RESTRICT,
    kind           TEXT NOT NULL CHECK (kind IN ('COUNT_FLOW', 'COUNT_STOCK', 'RATE', 'AVERAGE', 'STATUS', 'CHANGE')),
    direction      TEXT NOT NULL CHECK (direction IN ('UP', 'DOWN', 'NONE')),
    decimals       INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    numerator_id   INTEGER REFERENCES indicator(id) ON DELETE SET NULL,
    denominator_id INTEGER REFERENCES indicator(id) ON DELETE SET NULL,
    parent_id      INTEGER REFERENCES indicator(id) ON DELETE SET NULL,
    periods        TEXT,       -- the periods it is usually reported for, as in the catalog ("T/6T/N")
    source         TEXT,       -- where the indicator comes from (seed, official list)
    sort_order     INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE period (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,   -- "2023", "2023-6T", "NH2023-2024" (vn.baocao.domain.Period)
    type       TEXT NOT NULL,
    year       INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    cumulative INTEGER NOT NULL,
    label      TEXT NOT NULL
);

CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    sheet        TEXT,
    mapping_json TEXT,
    summary      TEXT,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT,
    undone_at    TEXT            -- set when the batch was undone; its rows are then restored
);

CREATE TABLE target (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    area_id         INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    period_id       INTEGER NOT NULL REFERENCES period(id) ON DELETE RESTRICT,
    issuer          TEXT NOT NULL,
    comparator      TEXT NOT NULL CHECK (comparator IN ('EQ', 'GE', 'GT', 'LE', 'LT', 'RANGE', 'APPROX', 'MAINTAIN', 'STATUS')),
    value           TEXT,
    value_hi        TEXT,
    text_as_written TEXT,
    source          TEXT,
    batch_id        INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    updated_by      TEXT,
    updated_at      TEXT NOT NULL,
    UNIQUE (indicator_id, area_id, period_id, issuer)
);

CREATE TABLE observation (
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
    UNIQUE (indicator_id, area_id, period_id, kind)
);

CREATE INDEX observation_area_period ON observation(area_id, period_id);
CREATE INDEX target_area_period ON target(area_id, period_id);

-- Every change to targets and observations, with the row before and after as JSON, so that any
-- change can be traced and an import batch can be undone exactly.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT,
    action     TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,   -- "LD01|H-XINMAN|2023|THUC_HIEN"
    old_json   TEXT,
    new_json   TEXT,
    batch_id   INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX audit_batch ON audit(batch_id);

-- A stored report: its header, indicators, issuer and the clerk's text, so next period starts from a copy.
CREATE TABLE report (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    template      TEXT NOT NULL,
    area_id       INTEGER REFERENCES area(id) ON DELETE RESTRICT,
    period_id     INTEGER REFERENCES period(id) ON DELETE RESTRICT,
    issuer        TEXT,
    settings_json TEXT NOT NULL DEFAULT '{}',
    body_json     TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE report_indicator (
    report_id    INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (report_id, indicator_id)
);

-- Application settings kept with the data (agency letterhead, signers, rounding …).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
