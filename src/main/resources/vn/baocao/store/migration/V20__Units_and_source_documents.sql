-- Version 20 (issue 13): the official list of administrative units after the 1 July 2025 reform, the clerk's
-- own units (type words such as "Phường", "bản"), former names, and the documents plans come from.

-- The official list (QĐ 19/2025/QĐ-TTg codes), shipped with the application and replaceable by a newer file
-- (baocao areas update-list). A unit the clerk uses is copied into "area", linked by area.external_code.
CREATE TABLE admin_unit (
    code          TEXT PRIMARY KEY,   -- "08" (tỉnh) or "01141" (xã)
    name          TEXT NOT NULL,      -- "Nấm Dẩn"
    type          TEXT NOT NULL,      -- Tỉnh, Thành phố, Xã, Phường, Đặc khu
    province_code TEXT,               -- null for a province
    folded        TEXT NOT NULL       -- VietnameseText.fold(name), for search
);
CREATE INDEX admin_unit_province ON admin_unit(province_code);

-- The word the unit's name is written after ("Phường", "Đặc khu", "Thành phố", "bản", "tổ dân phố");
-- null = the level's word (tỉnh, huyện, xã, thôn).
ALTER TABLE area ADD COLUMN type_label TEXT;

-- Former names: a renamed unit keeps its code, figures and links; letterheads use the current name.
CREATE TABLE area_former_name (
    area_id  INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    valid_to TEXT,                    -- the last day the name was used; null = unknown
    PRIMARY KEY (area_id, name)
);

-- The document a plan comes from ("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của HĐND xã … về …"), stored once
-- and referenced by every target it sets.
CREATE TABLE source_document (
    id       INTEGER PRIMARY KEY,
    issuer   TEXT,                    -- "HĐND xã Nấm Dẩn"
    kind     TEXT,                    -- "Nghị quyết", "Quyết định", "Kế hoạch"
    number   TEXT,                    -- "58/NQ-HĐND"
    date     TEXT,                    -- ISO date
    summary  TEXT,                    -- trích yếu
    citation TEXT NOT NULL UNIQUE     -- the whole reference as a report writes it
);
ALTER TABLE target ADD COLUMN source_document_id INTEGER REFERENCES source_document(id) ON DELETE SET NULL;
