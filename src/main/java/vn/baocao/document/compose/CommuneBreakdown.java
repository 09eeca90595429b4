package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.document.TableColumn.CellAlignment;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.VietnameseNumbers;

/** The communes behind a district figure, as a footnote text or as a small table. */
public final class CommuneBreakdown {
    private final IndicatorSentences sentences;

    public CommuneBreakdown(IndicatorSentences sentences) {
        this.sentences = sentences;
    }

    /** "Trong đó: xã Quảng Nguyên: 26 lao động; xã Bản Díu: 02 lao động; …" (seed 004, footnote 11); "" when none. */
    public String footnote(Indicator indicator, List<AreaFigure> parts) {
        String list = list(indicator, parts);
        return list.isEmpty() ? "" : DocumentText.get("communeBreakdown.trongDo", list);
    }

    /** "xã Quảng Nguyên: 26 lao động; xã Bản Díu: 02 lao động". */
    public String list(Indicator indicator, List<AreaFigure> parts) {
        List<String> items = new ArrayList<>();
        for (AreaFigure f : parts) {
            items.add(f.area().level().label() + " " + f.area().name() + ": " + IndicatorSentences.withUnit(figure(indicator, f), indicator.unit()));
        }
        return String.join("; ", items);
    }

    /** Counts below 10 with a leading zero, as documents write them ("02 lao động"). */
    private String figure(Indicator indicator, AreaFigure f) {
        boolean count = indicator.kind() == IndicatorKind.COUNT_FLOW || indicator.kind() == IndicatorKind.COUNT_STOCK;
        java.math.BigDecimal v = f.observation().value();
        if (count && v.stripTrailingZeros().scale() <= 0 && v.signum() >= 0 && v.compareTo(java.math.BigDecimal.TEN) < 0) {
            return VietnameseNumbers.twoDigits(v.longValue());
        }
        return sentences.valueText(f.observation(), indicator);
    }

    /** STT, Xã, the figure: one row per commune with a figure. */
    public Table table(Indicator indicator, List<AreaFigure> parts) {
        List<TableColumn> columns = List.of(new TableColumn(0.8, CellAlignment.CENTER), new TableColumn(4, CellAlignment.LEFT),
                new TableColumn(2, CellAlignment.RIGHT));
        List<RichText> header = List.of(RichText.plain("STT"), RichText.plain(DocumentText.get("communeBreakdown.donVi")),
                RichText.plain(indicator.unit().isBlank() ? DocumentText.get("communeBreakdown.soLieu") : DocumentText.get("communeBreakdown.soLieu2", indicator.unit())));
        List<List<RichText>> rows = new ArrayList<>();
        int n = 0;
        for (AreaFigure f : parts) {
            n++;
            rows.add(List.of(RichText.plain(String.valueOf(n)), RichText.plain(f.area().level().label() + " " + f.area().name()),
                    RichText.plain(sentences.valueText(f.observation(), indicator))));
        }
        return new Table(columns, List.of(header), rows);
    }
}
