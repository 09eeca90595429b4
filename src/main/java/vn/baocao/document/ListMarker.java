package vn.baocao.document;

/** The marker a body paragraph starts with. */
public enum ListMarker {
    NONE(""), DASH("- "), PLUS("+ ");

    private final String prefix;

    ListMarker(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
