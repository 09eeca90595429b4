-- Digital signatures (issue 16): the images a signature shows and the roots the clerk trusts.

-- The signer's signature image (kind SIGNATURE, owner = the signer's full name as printed) and the unit's seal
-- (kind SEAL, owner = the unit's name), registered once and kept here, not next to the database.
CREATE TABLE signing_image (
    kind          TEXT NOT NULL CHECK (kind IN ('SIGNATURE', 'SEAL')),
    owner         TEXT NOT NULL,
    png           BLOB NOT NULL,
    width_mm      REAL NOT NULL CHECK (width_mm > 0),
    height_mm     REAL NOT NULL CHECK (height_mm > 0),
    registered_at TEXT NOT NULL,
    PRIMARY KEY (kind, owner)
);

-- Root certificates the clerk imported (the government CA's root); none is shipped.
CREATE TABLE trust_anchor (
    sha256      TEXT PRIMARY KEY,
    subject     TEXT NOT NULL,
    not_after   TEXT NOT NULL,
    der         BLOB NOT NULL,
    imported_at TEXT NOT NULL
);
