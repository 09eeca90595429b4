package vn.baocao.domain;

import java.util.Locale;
import vn.baocao.domain.text.DomainText;

/**
 * The body a commune's documents are issued by ("cơ quan ban hành"). The People's Council and Committee head their
 * own letterhead; the office and the departments write the commune's Committee above them (Nghị định 30/2020,
 * Phụ lục I, mục II.3: tên cơ quan chủ quản trực tiếp).
 */
public enum IssuingBody {
    UBND(DomainText.get("issuingBody.ubndXaPhuong"), DomainText.get("issuingBody.uyBanNhanDan"), false, "UBND"),
    HDND(DomainText.get("issuingBody.hdnd"), DomainText.get("issuingBody.hoiDongNhanDan"), false, DomainText.get("issuingBody.kyHieuHdnd")),
    VAN_PHONG(DomainText.get("issuingBody.vanPhongHdndVa"), DomainText.get("issuingBody.vanPhongHdndVa2"), true, "VP"),
    PHONG_KINH_TE(DomainText.get("issuingBody.phongKinhTe"), DomainText.get("issuingBody.phongKinhTe2"), true, "PKT"),
    PHONG_VHXH(DomainText.get("issuingBody.phongVanHoaXa"), DomainText.get("issuingBody.phongVanHoaXa2"), true, "PVHXH"),
    /** A name the clerk types. */
    KHAC(DomainText.get("issuingBody.coQuanKhacTu"), "", true, "");

    private final String label;
    private final String letterheadName;
    private final boolean underCommittee;
    private final String abbreviation;

    IssuingBody(String label, String letterheadName, boolean underCommittee, String abbreviation) {
        this.label = label;
        this.letterheadName = letterheadName;
        this.underCommittee = underCommittee;
        this.abbreviation = abbreviation;
    }

    /**
     * The body's part of a ký hiệu ("BC-UBND", "TB-HĐND", "KH-PKT"); empty for {@link #KHAC}, whose abbreviation the
     * head of the body decides (Nghị định 30, Điều 15) and the clerk writes.
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * A template's ký hiệu with this body in place of the People's Committee: "TB-UBND" → "TB-HĐND", "UBND-VX" →
     * "PKT-VX"; unchanged for {@link #UBND} and {@link #KHAC}.
     */
    public String symbolFrom(String templateSymbol) {
        if (templateSymbol == null || abbreviation.isEmpty() || this == UBND) {
            return templateSymbol;
        }
        String[] parts = templateSymbol.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(UBND.abbreviation)) {
                parts[i] = abbreviation;
            }
        }
        return String.join("-", parts);
    }

    /** The body as a sentence names it: "Ủy ban nhân dân" (of the area), "Phòng Kinh tế"; the typed name for KHAC. */
    public String sentenceName(String typedName) {
        return switch (this) {
            case UBND -> DomainText.get("issuingBody.uyBanNhanDanCau");
            case HDND -> DomainText.get("issuingBody.hoiDongNhanDanCau");
            case KHAC -> typedName == null ? "" : typedName.strip();
            default -> label;
        };
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
