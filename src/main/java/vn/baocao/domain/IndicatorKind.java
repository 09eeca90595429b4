package vn.baocao.domain;

import vn.baocao.domain.text.DomainText;

/** What an indicator counts; decides how it aggregates over areas and over time. */
public enum IndicatorKind {
    /** SLd: a flow, summed over areas and over time. */
    COUNT_FLOW("SLd"),
    /** SLt: a stock, summed over areas, last value over time. */
    COUNT_STOCK("SLt"),
    /** TL: a rate in percent, recomputed from numerator and denominator. */
    RATE("TL"),
    /** BQ: an average, weighted where a weight is known. */
    AVERAGE("BQ"),
    /** TT: a status đạt / chưa đạt, counted over areas. */
    STATUS("TT"),
    /** Δ: a change in percentage points. */
    CHANGE("Δ");

    private final String catalogCode;

    IndicatorKind(String catalogCode) {
        this.catalogCode = catalogCode;
    }

    /** The short code used in the catalog (SLd, SLt, TL, BQ, TT, Δ). */
    public String catalogCode() {
        return catalogCode;
    }

    /** Reads a catalog code; "SLt/BQ" style alternatives take the first. */
    public static IndicatorKind fromCatalogCode(String code) {
        String first = code.strip().split("/")[0].strip();
        for (IndicatorKind k : values()) {
            if (k.catalogCode.equalsIgnoreCase(first) || k.name().equalsIgnoreCase(first)) {
                return k;
            }
        }
        throw new IllegalArgumentException(DomainText.get("indicatorKind.kieuChiTieuKhong", code));
    }
}
