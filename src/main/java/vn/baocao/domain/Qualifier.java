package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** A word written before a figure that bounds or softens it ("trên 33,5", "gần 18 nghìn"). */
public enum Qualifier {
    NONE(""),
    TREN("trên"),
    HON("hơn"),
    GAN("gần"),
    KHOANG("khoảng"),
    DUOI("dưới");

    private final String word;

    Qualifier(String word) {
        this.word = word;
    }

    /** The Vietnamese word, empty for NONE. */
    public String word() {
        return word;
    }

    public static Qualifier parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = text.strip();
        for (Qualifier q : values()) {
            if (q.name().equalsIgnoreCase(t) || (!q.word.isEmpty() && q.word.equalsIgnoreCase(t))) {
                return q;
            }
        }
        throw new IllegalArgumentException(DomainText.get("qualifier.tuChiMucKhong", text));
    }
}
