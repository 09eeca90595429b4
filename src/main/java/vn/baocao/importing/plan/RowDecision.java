package vn.baocao.importing.plan;

/**
 * Which indicator a sheet row is.
 *
 * @param code       catalog code (or the code a new indicator will get), null when skipped or undecided
 * @param skipReason why the row is not imported (when skipped)
 * @param questionId the open question when undecided, else null
 */
record RowDecision(String code, String skipReason, String questionId, String note) {
    static RowDecision of(String code, String note) {
        return new RowDecision(code, null, null, note);
    }

    static RowDecision skip(String reason) {
        return new RowDecision(null, reason, null, null);
    }

    static RowDecision open(String questionId) {
        return new RowDecision(null, null, questionId, null);
    }

    boolean skipped() {
        return skipReason != null;
    }
}
