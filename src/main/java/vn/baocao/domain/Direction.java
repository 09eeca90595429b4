package vn.baocao.domain;

/** Which way an indicator is better. Stored with the catalog; never inferred from a ≥ or ≤ sign. */
public enum Direction {
    /** Higher is better (jobs created, insured people). */
    UP,
    /** Lower is better (poverty rate, malnutrition, accidents). */
    DOWN,
    /** Tracked, not assessed. */
    NONE
}
