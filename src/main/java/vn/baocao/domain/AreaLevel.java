package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** Levels of the administrative tree. */
public enum AreaLevel {
    TINH(DomainText.get("areaLevel.tinh")),
    HUYEN(DomainText.get("areaLevel.huyen")),
    XA(DomainText.get("areaLevel.xa")),
    THON(DomainText.get("areaLevel.thon"));

    private final String label;

    AreaLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
