package vn.baocao.domain;

/** Levels of the administrative tree. */
public enum AreaLevel {
    TINH("tỉnh"),
    HUYEN("huyện"),
    XA("xã"),
    THON("thôn");

    private final String label;

    AreaLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
