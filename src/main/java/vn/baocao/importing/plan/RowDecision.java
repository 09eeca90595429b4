package vn.baocao.importing.plan;

/**
 * Which indicator a sheet row is.
 *
 * @param code       catalog code (or the code a new indicator will get), null when skipped or undecided
 * @param questionId the open question when undecided, else null
 */
record RowDecision(String code, boolean skipped, String questionId, String note) {
    static RowDecision of(String code, String note) {
        return new RowDecision(code, false, null, note);
    }

    static RowDecision skip() {
        return new RowDecision(null, true, null, null);
    }

    static RowDecision open(String questionId) {
        return new RowDecision(null, false, questionId, null);
    }
}
