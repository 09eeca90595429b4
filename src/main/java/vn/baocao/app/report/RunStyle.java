package vn.baocao.app.report;

/** How a run of the clerk's text prints: bold, italic (the document markup's ** and *). */
public record RunStyle(boolean bold, boolean italic) {
    public static final RunStyle PLAIN = new RunStyle(false, false);

    String css() {
        return (bold ? "-fx-font-weight: bold;" : "") + (italic ? "-fx-font-style: italic;" : "");
    }
}
