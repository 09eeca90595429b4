package vn.baocao.document.compose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TableColumn.CellAlignment;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.RomanNumerals;
import vn.baocao.domain.SpanRollUp;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.domain.YearOnYearChange;

/**
 * The Biểu of a report: STT, Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện (or Ước thực hiện), % kế hoạch, Cùng kỳ, % so cùng kỳ,
 * Đánh giá; grouped by sector under rows numbered I, II, III …
 */
public final class IndicatorTable {
    /** Tables wider than this many columns go on landscape pages. */
    public static final int PORTRAIT_MAX_COLUMNS = 7;

    private final IndicatorSentences sentences;
    private final AssessmentOptions options;

    public IndicatorTable(IndicatorSentences sentences) {
        this.sentences = sentences;
        this.options = sentences.options();
    }

    public Table table(List<IndicatorEvaluation> rows, Issuer issuer) {
        List<TableColumn> columns = List.of(
                new TableColumn(0.7, CellAlignment.CENTER), new TableColumn(4.6, CellAlignment.LEFT),
                new TableColumn(1.2, CellAlignment.CENTER), new TableColumn(1.6, CellAlignment.RIGHT),
                new TableColumn(1.4, CellAlignment.RIGHT), new TableColumn(1.3, CellAlignment.RIGHT),
                new TableColumn(1.4, CellAlignment.RIGHT), new TableColumn(1.7, CellAlignment.RIGHT),
                new TableColumn(1.3, CellAlignment.CENTER));
        boolean allEstimates = !rows.isEmpty() && rows.stream().allMatch(r -> r.actual() != null && r.actual().kind() == ObservationKind.UOC);
        boolean yearPlans = rows.stream().anyMatch(r -> r.target() != null && sentences.planWord(r.target()).equals("kế hoạch năm"));
        List<RichText> header = cells("STT", DocumentText.get("indicatorTable.chiTieu"), DocumentText.get("indicatorTable.dvt"), (yearPlans ? DocumentText.get("indicatorTable.keHoachNam") : DocumentText.get("indicatorTable.keHoach")) + issuer.label() + ")",
                allEstimates ? DocumentText.get("indicatorTable.uocThucHien") : DocumentText.get("indicatorTable.thucHien"), yearPlans ? DocumentText.get("indicatorTable.keHoachNam2") : DocumentText.get("indicatorTable.keHoach2"), DocumentText.get("indicatorTable.cungKyNamTruoc"),
                DocumentText.get("indicatorTable.tangGiamSoVoi"), DocumentText.get("indicatorTable.danhGia"));
        List<RichText> numbers = cells("A", "B", "C", "1", "2", "3 = 2/1", "4", "5", "6");
        List<List<RichText>> body = new ArrayList<>();
        int sectorNo = 0;
        for (Map.Entry<String, List<IndicatorEvaluation>> e : SectorSentences.bySector(rows).entrySet()) {
            sectorNo++;
            List<RichText> sectorRow = new ArrayList<>(emptyRow(columns.size()));
            sectorRow.set(0, RichText.bold(RomanNumerals.of(sectorNo)));
            sectorRow.set(1, RichText.bold(e.getKey()));
            body.add(sectorRow);
            int n = 0;
            for (IndicatorEvaluation r : e.getValue()) {
                n++;
                body.add(row(n, r, allEstimates));
            }
        }
        return new Table(columns, List.of(header, numbers), body, groupRows(body));
    }

    private List<RichText> row(int n, IndicatorEvaluation r, boolean allEstimates) {
        String plan = r.target() == null ? "" : sentences.planCell(r.target(), r.indicator());
        String actual = "";
        if (r.actual() != null && r.actual().value() != null) {
            actual = sentences.valueText(r.actual(), r.indicator());
            if (!allEstimates && r.actual().kind() == ObservationKind.UOC) {
                actual += DocumentText.get("indicatorTable.uoc");
            }
            actual += SpanRollUp.partialCover(r.actual())
                    .map(c -> DocumentText.get("indicatorTable.chiGom", c)).orElse("");
        }
        String pct = r.assessment() == null ? "" : options.percentText(r.assessment().percent());
        String previous = r.previous() == null || r.previous().value() == null ? "" : sentences.valueText(r.previous(), r.indicator());
        String verdict = sentences.verdictWord(r);
        return cells(String.valueOf(n), r.indicator().name(), r.indicator().unit(), plan, actual, pct, previous,
                againstLastYear(r), verdict);
    }

    /**
     * The change against last year, one kind of figure in the whole column: a count's relative change ("+1,38%",
     * "-14,1%"), a rate's change in points ("+5,2 điểm %"); never a ratio ("101,38%") next to a difference.
     */
    String againstLastYear(IndicatorEvaluation r) {
        YearOnYearChange change = r.change();
        if (change == null || r.indicator().kind() == IndicatorKind.STATUS) {
            return "";
        }
        BigDecimal diff;
        String unit;
        if (change.rate()) {
            diff = change.absolute();
            unit = options.changeWording() == ChangeWording.POINTS ? DocumentText.get("indicatorTable.diem") : "%";
        } else {
            if (change.previous().signum() == 0) {
                return "";
            }
            diff = change.current().subtract(change.previous()).multiply(BigDecimal.valueOf(100))
                    .divide(change.previous().abs(), 20, java.math.RoundingMode.DOWN);
            unit = "%";
        }
        BigDecimal shown = options.rounding().round(diff, options.percentDecimals());
        String sign = shown.signum() > 0 ? "+" : "";
        return sign + VietnameseNumbers.formatTrimmed(shown, options.percentDecimals(), options.rounding()) + unit;
    }

    /** The group rows (a Roman numeral in the first cell), which stay on the page of their first indicator. */
    static List<Integer> groupRows(List<List<RichText>> rows) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(0).plainText().matches("[IVXLC]+")) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<RichText> emptyRow(int size) {
        List<RichText> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(RichText.plain(""));
        }
        return out;
    }

    private static List<RichText> cells(String... texts) {
        List<RichText> out = new ArrayList<>();
        for (String t : texts) {
            out.add(RichText.plain(t));
        }
        return out;
    }
}
