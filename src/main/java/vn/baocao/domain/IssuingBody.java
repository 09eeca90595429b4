package vn.baocao.domain;

import java.util.Locale;
import vn.baocao.domain.text.DomainText;

/**
 * The body a commune's documents are issued by ("cơ quan ban hành"). The People's Council and Committee head their
 * own letterhead; the office and the departments write the commune's Committee above them (Nghị định 30/2020,
 * Phụ lục I, mục II.3: tên cơ quan chủ quản trực tiếp).
 */
public enum IssuingBody {
    UBND(DomainText.get("issuingBody.ubndXaPhuong"), DomainText.get("issuingBody.uyBanNhanDan"), false),
    HDND(DomainText.get("issuingBody.hdnd"), DomainText.get("issuingBody.hoiDongNhanDan"), false),
    VAN_PHONG(DomainText.get("issuingBody.vanPhongHdndVa"), DomainText.get("issuingBody.vanPhongHdndVa2"), true),
    PHONG_KINH_TE(DomainText.get("issuingBody.phongKinhTe"), DomainText.get("issuingBody.phongKinhTe2"), true),
    PHONG_VHXH(DomainText.get("issuingBody.phongVanHoaXa"), DomainText.get("issuingBody.phongVanHoaXa2"), true),
    /** A name the clerk types. */
    KHAC(DomainText.get("issuingBody.coQuanKhacTu"), "", true);

    private final String label;
    private final String letterheadName;
    private final boolean underCommittee;

    IssuingBody(String label, String letterheadName, boolean underCommittee) {
        this.label = label;
        this.letterheadName = letterheadName;
        this.underCommittee = underCommittee;
    }

    /** As the window lists it. */
    public String label() {
        return label;
    }

    /** The body's line of the letterhead, in capitals; empty for {@link #KHAC}. */
    public String letterheadName() {
        return letterheadName;
    }

    /** Whether the commune's People's Committee stands above it as its superior ("UBND XÃ NẤM DẨN"). */
    public boolean underCommittee() {
        return underCommittee;
    }

    /**
     * Reads a code (UBND, HDND, VAN_PHONG, PHONG_KINH_TE, PHONG_VHXH) or a label, folded ("phong kinh te"); any other
     * text is {@link #KHAC}, the text being the body's name.
     */
    public static IssuingBody parse(String text) {
        if (text == null || text.isBlank()) {
            return UBND;
        }
        String folded = VietnameseText.fold(text);
        for (IssuingBody b : values()) {
            if (b != KHAC && (VietnameseText.fold(b.name().replace('_', ' ')).equals(folded)
                    || VietnameseText.fold(b.label).equals(folded) || VietnameseText.fold(b.letterheadName).equals(folded))) {
                return b;
            }
        }
        return switch (folded) {
            case "ubnd xa", "ubnd phuong", "uy ban nhan dan" -> UBND;
            case "hoi dong nhan dan", "hdnd xa" -> HDND;
            case "van phong" -> VAN_PHONG;
            case "vhxh", "phong vhxh", "van hoa xa hoi" -> PHONG_VHXH;
            case "kinh te" -> PHONG_KINH_TE;
            default -> KHAC;
        };
    }

    static String upper(String text) {
        return text.strip().toUpperCase(Locale.forLanguageTag("vi"));
    }
}
