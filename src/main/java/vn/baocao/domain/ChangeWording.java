package vn.baocao.domain;

/** How the change of a rate is written. */
public enum ChangeWording {
    /** "tăng 5,2 điểm %": the change in percentage points, correctly labelled. The default. */
    POINTS,
    /** "tăng 5,2%": the same point change with the legacy "%" label that the seeds use. */
    LEGACY_PERCENT
}
