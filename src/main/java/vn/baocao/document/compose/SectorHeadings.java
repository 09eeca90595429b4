package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.document.text.DocumentText;

/**
 * The headings a report groups indicators under. The catalog's sectors are short working labels ("LĐ-TB&XH",
 * "Dân số - Y tế", "Y tế", "BHXH - BHYT"); a report writes one heading per field of work, in full, in the order of a
 * khối văn hóa - xã hội report (seed 004 §2.1–2.5: giáo dục, văn hóa, lao động, y tế, bảo hiểm), so "Dân số - Y tế" and "Y tế"
 * are one heading and no heading is an abbreviation. The body, the Biểu and the Phương hướng use this one mapping.
 */
public final class SectorHeadings {
    static final String EDUCATION = DocumentText.get("sectorHeadings.giaoDucVaDao");
    static final String CULTURE = DocumentText.get("sectorHeadings.vanHoaTheThao");
    static final String HEALTH = DocumentText.get("sectorHeadings.yTeDanSo");
    static final String LABOUR = DocumentText.get("sectorHeadings.laoDongThuongBinh");
    static final String INSURANCE = DocumentText.get("sectorHeadings.baoHiemXaHoi");
    static final String AGRICULTURE = DocumentText.get("sectorHeadings.nongLamNghiepVa");
    static final String ENVIRONMENT = DocumentText.get("sectorHeadings.taiNguyenVaMoi");
    static final String OTHER = DocumentText.get("sectorHeadings.linhVucKhac");

    private static final List<String> ORDER = List.of(EDUCATION, CULTURE, LABOUR, HEALTH, INSURANCE, AGRICULTURE,
            ENVIRONMENT, "Kinh tế", "Tài chính - Ngân sách", "Xây dựng", "Đầu tư", "Quốc phòng - An ninh",
            "Tư pháp - Hộ tịch", "Hành chính", "Xây dựng Đảng", OTHER);

    /** Before BY_SECTOR: its static block uses it. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Map<String, String> BY_SECTOR = new LinkedHashMap<>();

    static {
        put(EDUCATION, "Giáo dục và Đào tạo", "Giáo dục", "GD&ĐT", "GDĐT");
        put(CULTURE, "Văn hóa - Thông tin", "Du lịch", "Thông tin - Truyền thông", "Dân số - Văn hóa", "Văn hóa",
                "Văn hóa - Thể thao", "VH-TT", "VHTT&DL");
        put(HEALTH, "Dân số", "Dân số - Y tế", "Y tế", "Y tế - ATTP", "Y tế - Dân số");
        put(LABOUR, "LĐ-TB&XH", "LĐTB&XH", "Lao động - Thương binh và Xã hội", "Lao động");
        put(INSURANCE, "BHXH - BHYT", "BHXH", "Bảo hiểm xã hội");
        put(AGRICULTURE, "Nông nghiệp", "Nông thôn mới", "Nông nghiệp - NTM", "Lâm nghiệp", "Kinh tế tập thể", "NTM");
        put(ENVIRONMENT, "Môi trường", "Lâm nghiệp - Môi trường", "Y tế - Môi trường", "Tài nguyên - Môi trường");
    }

    /**
     * Fields a report of the khối văn hóa - xã hội has no section for, told inside another field's section as the
     * seed does: marriages ("Tư pháp - Hộ tịch") under văn hóa's nếp sống văn minh (seed 004 §2.2: "Tổng số cặp kết hôn
     * 360 cặp, vận động được 18 cặp hoãn hôn …").
     */
    private static final Map<String, String> HOSTS = Map.of(key("Tư pháp - Hộ tịch"), CULTURE);

    /** "Giải ngân CT MTQG lĩnh vực GD&ĐT": the field a figure's note says it belongs to. */
    private static final java.util.regex.Pattern FIELD_IN_NOTE = java.util.regex.Pattern.compile(
            "lĩnh vực\\s+([^;,.()]+)", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private SectorHeadings() {
    }

    /**
     * The sections, among {@code sections}, that may tell a figure whose own field has none: the field its note names
     * (the seed tells the MTQG disbursement of giáo dục, KT10 "Đầu tư", under giáo dục, §2.1), else the field's fixed
     * host ({@link #HOSTS}); empty when neither is a section of the report.
     */
    public static java.util.Optional<String> host(String sector, String note, java.util.Collection<String> sections) {
        if (note != null) {
            java.util.regex.Matcher m = FIELD_IN_NOTE.matcher(note);
            while (m.find()) {
                String named = BY_SECTOR.get(key(m.group(1)));
                if (named != null && sections.contains(named)) {
                    return java.util.Optional.of(named);
                }
            }
        }
        String fixed = sector == null ? null : HOSTS.get(key(sector));
        return fixed != null && sections.contains(fixed) ? java.util.Optional.of(fixed) : java.util.Optional.empty();
    }

    private static void put(String heading, String... sectors) {
        for (String s : sectors) {
            BY_SECTOR.put(key(s), heading);
        }
    }

    private static String key(String s) {
        return SPACES.matcher(s.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
    }

    /** The heading of a catalog sector. */
    public static String of(String sector) {
        if (sector == null || sector.isBlank()) {
            return OTHER;
        }
        return HEADINGS.computeIfAbsent(sector, s -> {
            String h = BY_SECTOR.get(key(s));
            return h != null ? h : s.strip();
        });
    }

    /** Headings already found: a catalog has a few dozen sectors, a report asks once per indicator it tells. */
    private static final Map<String, String> HEADINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the text names a field of work the catalog's sectors map to (a heading a report may keep). */
    public static boolean isKnown(String text) {
        String h = of(text);
        return ORDER.contains(h) || BY_SECTOR.containsValue(h);
    }

    /** Sorts headings into report order; headings the order does not know keep their order after the known ones. */
    public static List<String> ordered(java.util.Collection<String> headings) {
        List<String> out = new ArrayList<>();
        for (String h : ORDER) {
            if (headings.contains(h)) {
                out.add(h);
            }
        }
        List<String> rest = new ArrayList<>();
        for (String h : headings) {
            if (!out.contains(h) && !rest.contains(h)) {
                rest.add(h);
            }
        }
        rest.remove(OTHER);
        out.remove(OTHER);
        out.addAll(rest);
        if (headings.contains(OTHER)) {
            out.add(OTHER);
        }
        return out;
    }
}
