package vn.baocao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.baocao.domain.text.DomainText;

/**
 * What the clerk's own unit gives every new document: the letterhead lines (the issuing body in bold capitals,
 * its superior above it in regular capitals when it has one), the place name of the date line and the default
 * Nơi nhận. Derived from the unit's current name each time, so a renamed unit's letterhead follows the new name.
 *
 * @param unitType "Xã", "Phường", "Đặc khu"
 * @param provinceName "Tuyên Quang"; {@code provinceType} "Tỉnh" or "Thành phố"
 * @param bodyName the body's name when {@code body} is {@link IssuingBody#KHAC}, else ignored
 * @param provinceAbove whether the province stands above the commune's People's Committee or Council (a setting;
 *                      no rule found settles it, off by default)
 */
public record UnitHeader(String unitName, String unitType, String provinceName, String provinceType, IssuingBody body,
                         String bodyName, boolean provinceAbove) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    public UnitHeader {
        Objects.requireNonNull(unitName, "unitName");
        unitType = unitType == null || unitType.isBlank() ? DomainText.get("unitHeader.xa") : unitType;
        body = body == null ? IssuingBody.UBND : body;
        if (body == IssuingBody.KHAC && (bodyName == null || bodyName.isBlank())) {
            throw new IllegalArgumentException(DomainText.get("unitHeader.hayGhiTenCo"));
        }
    }

    /** "XÃ NẤM DẨN". */
    public String unitLine() {
        return upper(unitType + " " + unitName);
    }

    /** The superior's lines, regular capitals: "UBND XÃ NẤM DẨN" for a department; the province when set. */
    public List<String> parentLines() {
        if (body.underCommittee()) {
            return List.of("UBND " + unitLine());
        }
        if (provinceAbove && provinceName != null && !provinceName.isBlank()) {
            return List.of(upper((provinceType == null ? DomainText.get("unitHeader.tinh") : provinceType) + " " + provinceName));
        }
        return List.of();
    }

    /** The issuing body's lines, bold capitals: "ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"; "PHÒNG KINH TẾ". */
    public List<String> issuingLines() {
        if (body == IssuingBody.UBND || body == IssuingBody.HDND) {
            return List.of(body.letterheadName(), unitLine());
        }
        return List.of(body == IssuingBody.KHAC ? upper(bodyName) : body.letterheadName());
    }

    /** The place name of the date line: "Nấm Dẩn" ("Nấm Dẩn, ngày … tháng … năm …"). */
    public String place() {
        return unitName;
    }

    /**
     * The body a letter (Công văn) or a report goes up to, for "Kính gửi:": the commune's People's Committee for a
     * body under it ("Ủy ban nhân dân xã Nấm Dẩn"), else the province's ("Ủy ban nhân dân tỉnh Tuyên Quang"); empty
     * when the province is not known.
     */
    public java.util.Optional<String> superiorCommittee() {
        if (body.underCommittee()) {
            return java.util.Optional.of(DomainText.get("unitHeader.uyBanNhanDan", unitType.toLowerCase(VI) + " " + unitName));
        }
        if (provinceName == null || provinceName.isBlank()) {
            return java.util.Optional.empty();
        }
        String type = provinceType == null ? DomainText.get("unitHeader.tinh2") : provinceType.toLowerCase(VI);
        return java.util.Optional.of(DomainText.get("unitHeader.uyBanNhanDan", type + " " + provinceName));
    }

    /** Nơi nhận for a report: the province's Committee, the commune's leadership, the archive. */
    public List<String> recipients() {
        List<String> lines = new ArrayList<>();
        String unit = unitType.toLowerCase(VI);
        if (body.underCommittee()) {
            lines.add("UBND " + unit + " (b/c)");
            lines.add(DomainText.get("unitHeader.lanhDaoUbnd", unit));
        } else {
            if (provinceName != null && !provinceName.isBlank()) {
                lines.add("UBND " + (provinceType == null ? DomainText.get("unitHeader.tinh2") : provinceType.toLowerCase(VI)) + " " + provinceName + " (b/c)");
            }
            lines.add(DomainText.get("unitHeader.thuongTrucDangUy", unit));
            lines.add(body == IssuingBody.HDND ? "UBND " + unit : DomainText.get("unitHeader.thuongTrucHdnd", unit));
        }
        lines.add(DomainText.get("unitHeader.luuVt"));
        return lines;
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VI);
    }
}
