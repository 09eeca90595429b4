package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.BandCount;
import vn.baocao.domain.BandGroup;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The "Về thực hiện các chỉ tiêu giao" part of a report (seed 004 §I.2): an overview sentence with counts and shares,
 * then one group per non-empty band, "* Các chỉ tiêu đạt và vượt kế hoạch (09 chỉ tiêu)", with one "- " sentence per
 * indicator. Everything is computed from the evaluations and the band scheme of the options.
 */
public final class AssignedIndicatorSummary {
    static final String NOUN = DocumentText.get("assignedIndicatorSummary.chiTieu");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorSentences sentences;
    private final AssessmentOptions options;

    public AssignedIndicatorSummary(IndicatorSentences sentences) {
        this.sentences = sentences;
        this.options = sentences.options();
    }

    /**
     * The blocks: the overview paragraph, then each non-empty band's heading and sentences. The band headings are
     * headings of the document ("* Các chỉ tiêu …"), so that they stay with the sentences below them on a page. Without
     * any assigned indicator, the indicators that have figures are told instead, so a period with figures is never
     * reported as empty.
     *
     * @param all every chosen indicator of the report
     */
    public List<Block> blocks(List<IndicatorEvaluation> assigned, List<IndicatorEvaluation> all, Issuer issuer, Area area,
                              vn.baocao.domain.Period period, Function<IndicatorEvaluation, String> footnotes) {
        List<Block> out = new ArrayList<>();
        if (assigned.isEmpty()) {
            List<IndicatorEvaluation> withFigures = all.stream().filter(r -> r.actual() != null && r.actual().value() != null).toList();
            if (!withFigures.isEmpty()) {
                out.add(Paragraph.of(Markup.escape(DocumentText.get("assignedIndicatorSummary.chuaCoChiTieu", capitalized(assignedBy(issuer, area)), period.label(), VietnameseNumbers.twoDigits(withFigures.size())))));
                withFigures.forEach(m -> out.add(Paragraph.dash(Markup.withFootnote(sentences.sentence(m, false), footnotes.apply(m)))));
                return out;
            }
        }
        out.add(Paragraph.of(Markup.escape(overview(assigned, issuer, area))));
        if (assigned.isEmpty()) {
            return out;
        }
        boolean yearPlan = assigned.stream().anyMatch(r -> r.target() != null && sentences.planWord(r.target()).equals("kế hoạch năm"));
        BandCount<IndicatorEvaluation> count = options.bandScheme().count(assigned, IndicatorEvaluation::assessment);
        for (BandGroup<IndicatorEvaluation> group : count.nonEmptyGroups()) {
            String heading = group.headingText(NOUN);
            if (yearPlan) {
                heading = heading.contains("kế hoạch") ? heading.replace("kế hoạch", "kế hoạch năm") : DocumentText.get("assignedIndicatorSummary.soVoiKeHoach", heading);
            }
            out.add(Heading.of(HeadingLevel.DECIMAL, "*", heading));
            group.members().forEach(m -> out.add(Paragraph.dash(Markup.withFootnote(sentences.sentence(m, false), footnotes.apply(m)))));
        }
        if (!count.unclassified().isEmpty()) {
            out.add(Heading.of(HeadingLevel.DECIMAL, "*", DocumentText.get("assignedIndicatorSummary.cacChiTieuChua", VietnameseNumbers.twoDigits(count.unclassified().size()), NOUN)));
            count.unclassified().forEach(m -> out.add(Paragraph.dash(Markup.withFootnote(sentences.sentence(m, false), footnotes.apply(m)))));
        }
        return out;
    }

    /** The old entry point (every chosen indicator assigned, a year's report). */
    public List<Block> blocks(List<IndicatorEvaluation> assigned, Issuer issuer, Area area,
                              Function<IndicatorEvaluation, String> footnotes) {
        return blocks(assigned, assigned, issuer, area, vn.baocao.domain.Period.year(2000), footnotes);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * "Tổng số chỉ tiêu Nghị quyết HĐND huyện giao 12 chỉ tiêu, trong đó có 09/12 chỉ tiêu đạt từ 100% trở lên chiếm
     * 75%; 03 chỉ tiêu chưa đạt 100% chiếm 25%, gồm: (1). … đạt 50,2%; (2). …; (3). …."
     */
    public String overview(List<IndicatorEvaluation> assigned, Issuer issuer, Area area) {
        int total = assigned.size();
        String opening = DocumentText.get("assignedIndicatorSummary.tongSoChiTieu", assignedBy(issuer, area));
        if (total == 0) {
            return DocumentText.get("assignedIndicatorSummary.khongCoChiTieu", opening);
        }
        BandCount<IndicatorEvaluation> count = options.bandScheme().count(assigned, IndicatorEvaluation::assessment);
        List<IndicatorEvaluation> met = new ArrayList<>();
        List<IndicatorEvaluation> missed = new ArrayList<>();
        for (BandGroup<IndicatorEvaluation> g : count.groups()) {
            BigDecimal lower = g.band().lowerInclusive();
            (lower != null && lower.compareTo(HUNDRED) >= 0 ? met : missed).addAll(g.members());
        }
        List<IndicatorEvaluation> unassessed = count.unclassified();
        List<String> clauses = new ArrayList<>();
        int item = 1;
        boolean first = true;
        if (!met.isEmpty()) {
            clauses.add(DocumentText.get("assignedIndicatorSummary.datTu100Tro", countText(met.size(), total, first), share(met.size(), total)));
            first = false;
        }
        if (!missed.isEmpty()) {
            StringBuilder sb = new StringBuilder(DocumentText.get("assignedIndicatorSummary.chuaDat100Chiem", countText(missed.size(), total, first), share(missed.size(), total)));
            first = false;
            List<String> items = new ArrayList<>();
            for (IndicatorEvaluation m : missed) {
                items.add("(" + item++ + "). " + sentences.shortResult(m));
            }
            clauses.add(sb + String.join("; ", items));
        }
        if (!unassessed.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (IndicatorEvaluation m : unassessed) {
                String reason = m.assessment() == null ? "" : m.assessment().reason();
                items.add("(" + item++ + "). " + m.indicator().name() + (reason.isBlank() ? "" : " (" + stripDot(reason) + ")"));
            }
            clauses.add(DocumentText.get("assignedIndicatorSummary.chuaDanhGiaDuoc", countText(unassessed.size(), total, first), share(unassessed.size(), total), String.join("; ", items)));
        }
        String text = DocumentText.get("assignedIndicatorSummary.trongDoCo", opening, total, NOUN, String.join("; ", clauses));
        boolean yearPlan = assigned.stream().anyMatch(r -> r.target() != null && sentences.planWord(r.target()).equals("kế hoạch năm"));
        return yearPlan ? text.replace("đạt từ 100% trở lên", "đạt từ 100% kế hoạch năm trở lên")
                .replace("chưa đạt 100% chiếm", "chưa đạt 100% kế hoạch năm chiếm") : text;
    }

    private static String stripDot(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** "09/12 chỉ tiêu" for the first clause, "03 chỉ tiêu" after it (seed 004). */
    private static String countText(int n, int total, boolean first) {
        return VietnameseNumbers.twoDigits(n) + (first ? "/" + VietnameseNumbers.twoDigits(total) : "") + " " + NOUN;
    }

    private String share(int n, int total) {
        BigDecimal pct = BigDecimal.valueOf(n).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 20, RoundingMode.DOWN);
        return VietnameseNumbers.formatPercentTrimmed(pct, 2, options.rounding());
    }

    /** Who assigned the targets, as the overview names it: "Nghị quyết HĐND huyện giao", "kế hoạch tỉnh giao". */
    static String assignedBy(Issuer issuer, Area area) {
        String level = area.level().label();
        return switch (issuer) {
            case NQ_HDND -> DocumentText.get("assignedIndicatorSummary.nghiQuyetHdndGiao", level);
            case NQ_DANG_BO -> DocumentText.get("assignedIndicatorSummary.nghiQuyetDangBo", level);
            case UBND_GIAO -> "UBND " + level + " giao";
            case HUYEN_GIAO -> DocumentText.get("assignedIndicatorSummary.keHoachHuyenGiao");
            case TINH_GIAO -> DocumentText.get("assignedIndicatorSummary.keHoachTinhGiao");
            case NGANH_GIAO -> DocumentText.get("assignedIndicatorSummary.keHoachNganhGiao");
            case DANG_KY -> DocumentText.get("assignedIndicatorSummary.dangKyPhanDau");
            case KHAC -> DocumentText.get("assignedIndicatorSummary.keHoach");
        };
    }
}
