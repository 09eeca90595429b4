package vn.baocao.importing.plan;

/** Fixed answer values of {@link ImportQuestion}s. */
public final class Answers {
    /** Do not import this row or column. */
    public static final String SKIP = "BO_QUA";
    /** Add the row's indicator to the catalog. */
    public static final String ADD = "THEM_MOI";
    /** For a block: ask about each of its rows that matches nothing. */
    public static final String EACH_ROW = "TUNG_DONG";
    /** "1,435" means 1,435 (Vietnamese decimal comma). */
    public static final String DECIMAL_COMMA = "VN";
    /** "1,435" means 1435 (English thousands comma). */
    public static final String THOUSANDS_COMMA = "EN";

    private Answers() {
    }
}
