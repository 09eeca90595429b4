package vn.baocao.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One unit of the official list of administrative units (QĐ 19/2025/QĐ-TTg codes): a province ("08", Tuyên Quang,
 * Tỉnh) or a commune-level unit ("01141", Nấm Dẩn, Xã) with its province.
 *
 * @param type "Tỉnh", "Thành phố", "Xã", "Phường" or "Đặc khu"
 * @param provinceCode null for a province
 */
public record AdminUnit(String code, String name, String type, String provinceCode, String provinceName, String provinceType) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    public AdminUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public boolean isProvince() {
        return provinceCode == null;
    }

    public AreaLevel level() {
        return isProvince() ? AreaLevel.TINH : AreaLevel.XA;
    }

    /** "xã Nấm Dẩn", "phường Ba Đình", "tỉnh Tuyên Quang", "thành phố Hà Nội". */
    public String nameWithType() {
        return type.toLowerCase(VI) + " " + name;
    }

    /** "tỉnh Tuyên Quang" for a commune, "" for a province. */
    public String provinceWithType() {
        return isProvince() || provinceName == null ? "" : provinceType.toLowerCase(VI) + " " + provinceName;
    }
}
