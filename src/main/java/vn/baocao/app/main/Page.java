package vn.baocao.app.main;

/** The pages of the left navigation, in order. */
public enum Page {
    DATA("nav.data", "nav.data.hint", true),
    CATALOG("nav.catalog", "nav.catalog.hint", true),
    IMPORT("nav.import", "nav.import.hint", true),
    REPORT("nav.report", "nav.report.hint", true),
    SETTINGS("nav.settings", "nav.settings.hint", true);

    private final String titleKey;
    private final String hintKey;
    private final boolean available;

    Page(String titleKey, String hintKey, boolean available) {
        this.titleKey = titleKey;
        this.hintKey = hintKey;
        this.available = available;
    }

    /** Message key of the navigation label (with its mnemonic). */
    public String titleKey() {
        return titleKey;
    }

    public String hintKey() {
        return hintKey;
    }

    /** False for pages other engineers have not delivered yet: they show a placeholder. */
    public boolean available() {
        return available;
    }
}
