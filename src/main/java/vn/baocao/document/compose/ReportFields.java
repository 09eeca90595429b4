package vn.baocao.document.compose;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.document.Block;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Observation;

/**
 * The values of a report's data fields as they will print, and the blocks its generated parts give, so that the
 * report page can show the clerk's text as printed without composing the whole document for every keystroke.
 * Filling a field is a pure computation over the loaded {@link ReportData}, so a field the clerk types is
 * resolved at once.
 */
public final class ReportFields {
    private static final Pattern INDICATOR = Pattern.compile("([A-Za-z0-9_\\-]+)\\.([a-z_]+)(?:\\.[A-Za-z_\\-]+)?");
    private static final Pattern BATCH = Pattern.compile("lô (\\d+):.*");

    private final ReportData data;
    private final PlaceholderResolver resolver;
    private final Map<Long, String> batchFiles;
    private final Map<Integer, List<Block>> generated;

    /**
     * @param batchFiles the imported file of each import batch, by batch id
     * @param generated per body index of a generated part ({@code {{#…}}}), the blocks it prints
     */
    ReportFields(ReportData data, PlaceholderResolver resolver, Map<Long, String> batchFiles,
                 Map<Integer, List<Block>> generated) {
        this.data = data;
        this.resolver = resolver;
        this.batchFiles = Map.copyOf(batchFiles);
        this.generated = Map.copyOf(generated);
    }

    /** The field as it prints, or the reason it cannot be filled; never throws for a wrong name. */
    public FieldInfo field(String name) {
        String n = name.strip();
        String printed = null;
        String problem = null;
        try {
            printed = resolver.value(n);
        } catch (PlaceholderResolver.Unresolved e) {
            problem = e.getMessage();
        }
        String area = data.areaName();
        String period = data.period().label();
        Matcher m = INDICATOR.matcher(n);
        if (!m.matches()) {
            return new FieldInfo(n, printed, problem, null, null, n, area, period, null, null, null);
        }
        String code = m.group(1);
        String slot = m.group(2);
        IndicatorEvaluation row = data.row(code).orElse(null);
        Observation figure = row == null ? null : "cung_ky".equals(slot) ? row.previous() : row.actual();
        boolean planOnly = slot.startsWith("ke_hoach") || slot.equals("ten") || slot.equals("don_vi");
        String source = figure == null || planOnly ? null : figure.source();
        String file = null;
        if (source != null) {
            Matcher b = BATCH.matcher(source);
            if (b.matches()) {
                file = batchFiles.get(Long.valueOf(b.group(1)));
            }
        }
        String figurePeriod = "cung_ky".equals(slot) ? data.period().previousYear().label() : period;
        return new FieldInfo(n, printed, problem, code, row == null ? null : row.indicator().name(), slot, area,
                figurePeriod, source, file, planOnly ? null : data.spanNotes().get(code));
    }

    /** The blocks the generated part at this index of the body prints; empty when it prints nothing. */
    public List<Block> generated(int bodyIndex) {
        return generated.getOrDefault(bodyIndex, List.of());
    }

    /** Whether the body index holds a generated part that was computed. */
    public boolean hasGenerated(int bodyIndex) {
        return generated.containsKey(bodyIndex);
    }
}
