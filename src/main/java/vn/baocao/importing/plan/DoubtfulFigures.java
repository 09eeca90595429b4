package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.ValueSanity;
import vn.baocao.importing.text.ImportText;

/**
 * The figures an import would store that the domain finds doubtful (a rate of 5 280% where 52,8 was typed into a
 * cell formatted as percent, 12,5 households), said once per indicator with the first cells, as the grid would say
 * them after the import. Once per indicator, not a note per figure: a sheet of a few thousand doubtful figures gets
 * a few lines the clerk can read, and the preview stays as cheap.
 */
final class DoubtfulFigures {
    /** Cells named per indicator; the rest are counted. */
    private static final int CELLS_NAMED = 3;

    private static final class Found {
        final Indicator indicator;
        final ValueSanity.Doubt doubt;
        final List<String> cells = new ArrayList<>(CELLS_NAMED);
        int count;

        Found(Indicator indicator, ValueSanity.Doubt doubt) {
            this.indicator = indicator;
            this.doubt = doubt;
        }
    }

    private DoubtfulFigures() {
    }

    /** One warning per indicator among the entries to be written, in sheet order. */
    static List<String> warnings(List<PreviewEntry> entries, Map<String, Indicator> catalog) {
        // by code alone: an indicator's kind allows one doubt only (a rate's range or a count's decimals)
        Map<String, Found> found = new LinkedHashMap<>();
        for (PreviewEntry e : entries) {
            look(e, catalog, found);
        }
        List<String> warnings = new ArrayList<>(found.size());
        for (Found f : found.values()) {
            String cells = String.join("; ", f.cells) + (f.count > f.cells.size()
                    ? ImportText.get("doubtfulFigures.vaOKhac", FigureText.of(f.count - f.cells.size())) : "");
            String why = f.doubt == ValueSanity.Doubt.RATE_OUTSIDE_0_100
                    ? ImportText.get("doubtfulFigures.tyLeNgoai") : ImportText.get("doubtfulFigures.soDemLe");
            warnings.add(ImportText.get("doubtfulFigures.canXemLai", f.indicator.code(), f.indicator.name(),
                    f.indicator.unit().strip(), FigureText.of(f.count), why, cells));
        }
        return warnings;
    }

    /** One entry's look, in a method of its own: the JIT compiles it after a few hundred of 100 000 entries. */
    private static void look(PreviewEntry e, Map<String, Indicator> catalog, Map<String, Found> found) {
        if (!e.write() || e.value() == null || e.indicatorCode() == null) {
            return;
        }
        Indicator indicator = catalog.get(e.indicatorCode());
        if (indicator == null) {
            return; // a new indicator: its kind is not known yet
        }
        ValueSanity.Doubt doubt = ValueSanity.doubt(indicator.kind(), indicator.unit(), e.value());
        if (doubt == ValueSanity.Doubt.NONE) {
            return;
        }
        Found f = found.get(indicator.code());
        if (f == null) {
            f = new Found(indicator, doubt);
            found.put(indicator.code(), f);
        }
        if (f.cells.size() < CELLS_NAMED) {
            f.cells.add(ImportText.get("doubtfulFigures.o", e.cell(),
                    FigureText.of(e.value())));
        }
        f.count++;
    }
}
