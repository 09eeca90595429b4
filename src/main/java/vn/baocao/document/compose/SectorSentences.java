package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.IndicatorEvaluation;

/**
 * The results by sector (lĩnh vực): one heading per sector of the chosen indicators, in order of first appearance,
 * and one "- " sentence per indicator, with the other issuers' plans and an optional footnote (the communes behind
 * a district figure).
 */
public final class SectorSentences {
    private final IndicatorSentences sentences;

    public SectorSentences(IndicatorSentences sentences) {
        this.sentences = sentences;
    }

    /** The indicators grouped by sector, sectors in order of first appearance. */
    public static Map<String, List<IndicatorEvaluation>> bySector(List<IndicatorEvaluation> rows) {
        Map<String, List<IndicatorEvaluation>> out = new LinkedHashMap<>();
        for (IndicatorEvaluation r : rows) {
            String sector = r.indicator().sector().isBlank() ? "Lĩnh vực khác" : r.indicator().sector();
            out.computeIfAbsent(sector, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /**
     * Headings and sentences for every sector.
     *
     * @param parentLabel the label of the heading above ("2."): sectors are then "2.1.", "2.2." …; null gives "a)", "b)" …
     */
    public List<Block> blocks(List<IndicatorEvaluation> rows, String parentLabel, Function<IndicatorEvaluation, String> footnotes) {
        List<Block> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<IndicatorEvaluation>> e : bySector(rows).entrySet()) {
            n++;
            if (parentLabel != null) {
                out.add(Heading.of(HeadingLevel.DECIMAL, parentLabel + n + ".", e.getKey()));
            } else {
                out.add(Heading.of(HeadingLevel.LETTER, (char) ('a' + (n - 1) % 26) + ")", e.getKey()));
            }
            out.addAll(sentences(e.getValue(), footnotes));
        }
        return out;
    }

    /** One "- " sentence per indicator. */
    public List<Block> sentences(List<IndicatorEvaluation> rows, Function<IndicatorEvaluation, String> footnotes) {
        List<Block> out = new ArrayList<>();
        for (IndicatorEvaluation r : rows) {
            out.add(Paragraph.dash(Markup.withFootnote(sentences.sentence(r, true), footnotes.apply(r))));
        }
        return out;
    }
}
