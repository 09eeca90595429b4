package vn.baocao.document.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Assessment;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.PlanAssessor;
import vn.baocao.domain.Target;

/**
 * Fills the placeholders of the clerk's own text, formatted vi-VN:
 * <ul>
 *   <li>report: {@code {{ky_bao_cao}}} "năm 2023", {@code {{ky_sau}}} "năm 2024", {@code {{ky_truoc}}} "năm 2022",
 *       {@code {{nam}}}, {@code {{nam_sau}}}, {@code {{dia_ban}}} "huyện Xín Mần", {@code {{ten_dia_ban}}} "Xín Mần",
 *       {@code {{co_quan_giao}}} "Nghị quyết HĐND", {@code {{so_chi_tieu_giao}}} "12", {@code {{can_cu}}} the
 *       documents cited ({@link LegalBasisText}); written in upper case
 *       ({@code {{KY_BAO_CAO}}}) the value is upper-cased ("NĂM 2023");</li>
 *   <li>indicator: {@code {{LD01.thuc_hien}}} "2.278", {@code .don_vi}, {@code .ten}, {@code .ke_hoach} "3.500",
 *       {@code .pct_ke_hoach} "65,08%", {@code .cung_ky} "2.652", {@code .so_cung_ky} "giảm 374 lao động (giảm 14,1%)",
 *       {@code .danh_gia} "Không đạt", {@code .cau} the whole sentence, {@code .theo_xa} the communes' figures;
 *       {@code .ke_hoach} and {@code .pct_ke_hoach} take an issuer as a third part ({@code {{LD01.pct_ke_hoach.TINH_GIAO}}}).</li>
 * </ul>
 * A placeholder that is unknown, names an unknown indicator, or whose figure is missing is a {@link PlaceholderProblem},
 * never a blank.
 */
public final class PlaceholderResolver {
    static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern INDICATOR = Pattern.compile("([A-Za-z0-9_\\-]+)\\.([a-z_]+)(?:\\.([A-Za-z_\\-]+))?");

    private final ReportData data;
    private final IndicatorSentences sentences;
    private final CommuneBreakdown breakdown;
    private final Map<String, String> globals = new LinkedHashMap<>();

    public PlaceholderResolver(ReportData data, IndicatorSentences sentences) {
        this(data, sentences, new LegalBasisText(null, data));
    }

    /** @param legalBasis the documents {@code {{can_cu}}} cites */
    public PlaceholderResolver(ReportData data, IndicatorSentences sentences, LegalBasisText legalBasis) {
        this.data = data;
        this.sentences = sentences;
        this.breakdown = new CommuneBreakdown(sentences);
        globals.put("ky_bao_cao", data.period().label());
        globals.put("ky_sau", data.period().next().label());
        globals.put("ky_truoc", data.period().previousYear().label());
        globals.put("ky_lien_truoc", data.period().previous().label());
        globals.put("nam", String.valueOf(data.period().year()));
        globals.put("nam_sau", String.valueOf(data.period().year() + 1));
        globals.put("dia_ban", data.areaName());
        globals.put("ten_dia_ban", data.area().name());
        globals.put("co_quan_giao", data.issuer().label());
        globals.put("so_chi_tieu_giao", String.valueOf(data.assigned().size()));
        globals.put("can_cu", legalBasis.text());
        globals.put("cap_tren", data.parentName());
        globals.put("kinh_gui", data.parentCommittee());
    }

    /** Adds or replaces a report-wide value (the composer's: the document's own number and date). */
    public void define(String name, String value) {
        globals.put(name, value);
    }

    /** The report-wide placeholder names. */
    public List<String> globalNames() {
        return List.copyOf(globals.keySet());
    }

    /**
     * Replaces every placeholder of a markup text; each value is escaped for the markup. Problems are added to
     * {@code problems} and the placeholder is left as written.
     */
    public String resolve(String markup, String location, List<PlaceholderProblem> problems) {
        if (markup == null || !markup.contains("{{")) {
            checkUnclosed(markup, location, problems);
            return markup;
        }
        Matcher m = TOKEN.matcher(markup);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String written = m.group();
            String replacement;
            try {
                replacement = Markup.escape(value(m.group(1).strip()));
            } catch (Unresolved e) {
                problems.add(new PlaceholderProblem(written, location, e.getMessage()));
                replacement = written;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        checkUnclosed(TOKEN.matcher(markup).replaceAll(""), location, problems);
        return sb.toString();
    }

    private static void checkUnclosed(String text, String location, List<PlaceholderProblem> problems) {
        if (text == null) {
            return;
        }
        int open = text.indexOf("{{");
        int close = text.indexOf("}}");
        if (open >= 0 || close >= 0) {
            int at = open >= 0 ? open : close;
            String near = text.substring(at, Math.min(text.length(), at + 30));
            problems.add(new PlaceholderProblem(near, location, DocumentText.get("placeholderResolver.dauKhongKhopCho")));
        }
    }

    /** The text of one placeholder (without braces). */
    public String value(String name) {
        if (name.isEmpty()) {
            throw new Unresolved(DocumentText.get("placeholderResolver.choDienSoLieu"));
        }
        if (name.startsWith("#")) {
            throw new Unresolved(DocumentText.get("placeholderResolver.khoiPhaiDungRieng", name));
        }
        String global = globals.get(name);
        if (global != null) {
            return global;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.contains(".") && name.equals(name.toUpperCase(Locale.ROOT)) && globals.containsKey(lower)) {
            return globals.get(lower).toUpperCase(new Locale("vi"));
        }
        Matcher m = INDICATOR.matcher(name);
        if (!m.matches()) {
            throw new Unresolved(DocumentText.get("placeholderResolver.khongCoChoDien", name, String.join(", ", globals.keySet())));
        }
        return indicatorValue(m.group(1), m.group(2), m.group(3));
    }

    private String indicatorValue(String code, String field, String issuerText) {
        if (!data.catalogCodes().contains(code)) {
            throw new Unresolved(DocumentText.get("placeholderResolver.khongCoChiTieu", code));
        }
        IndicatorEvaluation row = data.row(code).orElse(null);
        if (issuerText != null && !field.equals("ke_hoach") && !field.equals("pct_ke_hoach")) {
            throw new Unresolved(DocumentText.get("placeholderResolver.chiKeHoachVa", code));
        }
        String period = data.period().label();
        switch (field) {
            case "ten":
                return name(code, row);
            case "don_vi":
                return row == null ? "" : row.indicator().unit();
            case "thuc_hien": {
                requireActual(code, row, period);
                return sentences.valueText(row.actual(), row.indicator());
            }
            case "ke_hoach": {
                Target t = target(code, row, issuerText);
                return sentences.planCell(t, row.indicator());
            }
            case "pct_ke_hoach": {
                Target t = target(code, row, issuerText);
                requireActual(code, row, period);
                Assessment a = new PlanAssessor(sentences.options()).assess(row.indicator(), t, row.actual(), row.previous());
                if (a.percent() == null) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuKhongTinh", code, a.reason()));
                }
                return sentences.options().percentText(a.percent());
            }
            case "cung_ky": {
                if (row == null || row.previous() == null || row.previous().value() == null) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo", code, data.period().previousYear().label()));
                }
                return sentences.valueText(row.previous(), row.indicator());
            }
            case "so_cung_ky": {
                requireActual(code, row, period);
                if (row.change() == null) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo", code, data.period().previousYear().label()));
                }
                return sentences.changeWords(row.change(), row.indicator());
            }
            case "danh_gia": {
                if (row == null || row.assessment() == null) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo2", code, data.issuer().label()));
                }
                return sentences.verdictWord(row);
            }
            case "cau": {
                if (row == null) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo3", code, period));
                }
                return sentences.sentence(row, true);
            }
            case "theo_xa": {
                List<AreaFigure> parts = data.breakdowns().get(code);
                if (parts == null || parts.isEmpty()) {
                    throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo4", code, period));
                }
                return breakdown.list(data.row(code).orElseThrow(() -> new Unresolved(DocumentText.get("placeholderResolver.chiTieuKhongCo", code))).indicator(), parts);
            }
            default:
                throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuKhongCo2", field));
        }
    }

    private static String name(String code, IndicatorEvaluation row) {
        if (row == null) {
            throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuKhongCo", code));
        }
        return row.indicator().name();
    }

    private static void requireActual(String code, IndicatorEvaluation row, String period) {
        if (row == null || row.actual() == null || row.actual().value() == null) {
            throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo5", code, period));
        }
    }

    private Target target(String code, IndicatorEvaluation row, String issuerText) {
        Issuer issuer;
        try {
            issuer = issuerText == null ? data.issuer() : Issuer.parse(issuerText);
        } catch (IllegalArgumentException e) {
            throw new Unresolved(e.getMessage());
        }
        if (row != null) {
            for (Target t : row.targets()) {
                if (t.issuer() == issuer) {
                    return t;
                }
            }
        }
        throw new Unresolved(DocumentText.get("placeholderResolver.chiTieuChuaCo6", code, issuer.label(), data.period().label()));
    }

    /** Why a placeholder cannot be filled. */
    static final class Unresolved extends RuntimeException {
        Unresolved(String message) {
            super(message, null, false, false);
        }
    }
}
