package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Period;
import vn.baocao.store.StoredReport;

/**
 * A new report's narrative starts from the previous stored report of the same kind (same template, area and kind of
 * period): its body is copied, its data fields stay fields (so the numbers are this period's), and each copied
 * paragraph is "chép từ kỳ trước" until the clerk changes its text.
 */
public final class CarryForward {
    private CarryForward() {
    }

    /** The latest stored report of the same template, area and period type before {@code period}. */
    public static Optional<StoredReport> previous(List<StoredReport> stored, String templateId, String areaCode, Period period) {
        return stored.stream()
                .filter(r -> r.template().equals(templateId) && r.areaCode().equals(areaCode)
                        && r.period().type() == period.type() && r.period().compareTo(period) < 0)
                .max(Comparator.comparing(StoredReport::period).thenComparing(StoredReport::id));
    }

    /** The clerk's paragraphs of a body: text paragraphs that are not a generated block ({@code {{#…}}}). */
    public static List<String> narrative(AdministrativeDocument body) {
        List<String> out = new ArrayList<>();
        collect(body.body(), out);
        return out;
    }

    private static void collect(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                String markup = p.text().toMarkup();
                if (!markup.strip().startsWith("{{#") && !markup.isBlank()) {
                    out.add(markup);
                }
            } else if (b instanceof LandscapeSection s) {
                collect(s.blocks(), out);
            }
        }
    }

    /** The paragraphs of a body that are still as copied. */
    public static List<String> stillCarried(AdministrativeDocument body, ReportSettings settings) {
        List<String> out = new ArrayList<>();
        for (String t : narrative(body)) {
            if (settings.carried().contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
