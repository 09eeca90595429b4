package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.document.Block;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TableColumn.CellAlignment;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.RomanNumerals;

/**
 * Targets as a table, grouped under the report's sector headings: next period's targets for a report's Phương
 * hướng (with this period's result beside them, so the step is visible), or a Kế hoạch's own targets (plan only: a
 * plan has no "Thực hiện").
 */
public final class PlanTable {
    private final IndicatorSentences sentences;

    public PlanTable(IndicatorSentences sentences) {
        this.sentences = sentences;
    }

    /** Next period's targets; empty when none is stored. */
    public List<Block> nextPeriod(ReportData data, boolean withResult) {
        if (data.next().isEmpty()) {
            return List.of();
        }
        // The plan's own period: after 6 tháng the year's plan is "Kế hoạch năm 2023", not "… 6 tháng cuối năm".
        String next = data.next().get(0).target().period().label();
        List<TableColumn> columns = new ArrayList<>(List.of(new TableColumn(1.0, CellAlignment.CENTER),
                new TableColumn(6.0, CellAlignment.LEFT), new TableColumn(1.4, CellAlignment.CENTER)));
        List<String> header = new ArrayList<>(List.of("STT", DocumentText.get("planTable.chiTieu"), DocumentText.get("planTable.dvt")));
        if (withResult) {
            columns.add(new TableColumn(1.9, CellAlignment.RIGHT));
            header.add(DocumentText.get("planTable.ketQua", data.period().label()));
        }
        columns.add(new TableColumn(1.9, CellAlignment.RIGHT));
        header.add(DocumentText.get("planTable.keHoach", next));
        List<List<RichText>> rows = new ArrayList<>();
        int sectorNo = 0;
        for (Map.Entry<String, List<IndicatorEvaluation>> e : SectorSentences.bySector(data.next()).entrySet()) {
            rows.add(groupRow(++sectorNo, e.getKey(), columns.size()));
            int n = 0;
            for (IndicatorEvaluation r : e.getValue()) {
                List<RichText> row = new ArrayList<>(List.of(RichText.plain(String.valueOf(++n)), RichText.plain(r.indicator().name()),
                        RichText.plain(r.indicator().unit())));
                if (withResult) {
                    IndicatorEvaluation now = data.all().get(r.indicator().code());
                    row.add(RichText.plain(now == null || now.actual() == null || now.actual().value() == null ? ""
                            : sentences.valueText(now.actual(), now.indicator())));
                }
                row.add(RichText.plain(sentences.planCell(r.target(), r.indicator())));
                rows.add(row);
            }
        }
        return List.of(new Table(columns, List.of(cells(header)), rows, IndicatorTable.groupRows(rows)));
    }

    /**
     * One sector's targets for the next period as the seed words them: "Năm 2024, phấn đấu: số lao động được giải
     * quyết việc làm 2.000 lao động; tỷ lệ lao động qua đào tạo 61%." Empty when the sector has none.
     */
    public String sectorTargets(ReportData data, String heading) {
        List<IndicatorEvaluation> rows = SectorSentences.bySector(data.next()).get(heading);
        if (rows == null || rows.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (IndicatorEvaluation r : rows) {
            String name = r.indicator().name();
            if (name.length() > 1 && !Character.isUpperCase(name.charAt(1))) {
                name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            }
            items.add(name + " " + sentences.planText(r.target(), r.indicator()));
        }
        String period = rows.get(0).target().period().label();
        return DocumentText.get("planTable.linhVucPhanDau", Character.toUpperCase(period.charAt(0)) + period.substring(1), heading,
                String.join("; ", items));
    }

    /** A plan's own targets (the chosen issuer's), plan only. */
    public List<Block> ofPeriod(ReportData data) {
        List<IndicatorEvaluation> assigned = data.assigned();
        List<TableColumn> columns = List.of(new TableColumn(1.0, CellAlignment.CENTER), new TableColumn(6.5, CellAlignment.LEFT),
                new TableColumn(1.4, CellAlignment.CENTER), new TableColumn(2.2, CellAlignment.RIGHT));
        List<List<RichText>> rows = new ArrayList<>();
        int sectorNo = 0;
        for (Map.Entry<String, List<IndicatorEvaluation>> e : SectorSentences.bySector(assigned).entrySet()) {
            rows.add(groupRow(++sectorNo, e.getKey(), columns.size()));
            int n = 0;
            for (IndicatorEvaluation r : e.getValue()) {
                rows.add(cells(List.of(String.valueOf(++n), r.indicator().name(), r.indicator().unit(),
                        sentences.planCell(r.target(), r.indicator()))));
            }
        }
        List<RichText> header = cells(List.of("STT", DocumentText.get("planTable.chiTieu"), DocumentText.get("planTable.dvt"), DocumentText.get("planTable.keHoach", data.period().label())));
        return List.of(new Table(columns, List.of(header), rows, IndicatorTable.groupRows(rows)));
    }

    private static List<RichText> groupRow(int n, String heading, int size) {
        List<RichText> row = new ArrayList<>();
        row.add(RichText.bold(RomanNumerals.of(n)));
        row.add(RichText.bold(heading));
        while (row.size() < size) {
            row.add(RichText.plain(""));
        }
        return row;
    }

    private static List<RichText> cells(List<String> texts) {
        List<RichText> out = new ArrayList<>();
        texts.forEach(t -> out.add(RichText.plain(t)));
        return out;
    }
}
