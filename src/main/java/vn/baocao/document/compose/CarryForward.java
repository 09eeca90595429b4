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

    /** A new body and the paragraphs in it that were copied. */
    public record Merged(AdministrativeDocument body, List<String> carried) {
    }

    /**
     * This period's body with the narrative of the previous report's same sections: under every heading the fresh
     * body shares with the previous one (same words, numbering aside), the previous paragraphs replace the fresh
     * ones, while the generated blocks ({@code {{#…}}}) stay this period's. Sections the previous report lacks keep
     * the template's text; a previous section that no longer exists (a sector without indicators now) is dropped.
     */
    public static Merged merge(AdministrativeDocument fresh, AdministrativeDocument previous) {
        java.util.Map<String, List<Block>> before = sections(previous.body());
        List<Block> out = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        List<Block> blocks = fresh.body();
        String section = "";
        boolean replaced = false;
        for (Block b : blocks) {
            if (b instanceof vn.baocao.document.Heading h) {
                section = h.text().toMarkup();
                replaced = false;
                out.add(b);
                continue;
            }
            boolean narrative = b instanceof Paragraph p && !p.text().toMarkup().strip().startsWith("{{#");
            List<Block> old = before.get(section);
            if (narrative && old != null) {
                if (!replaced) {
                    for (Block o : old) {
                        out.add(o);
                        String t = ((Paragraph) o).text().toMarkup();
                        if (!narrativeOf(blocks).contains(t)) {
                            carried.add(t);
                        }
                    }
                    replaced = true;
                }
                continue;
            }
            out.add(b);
        }
        AdministrativeDocument body = new AdministrativeDocument(fresh.type(), fresh.profile(), fresh.letterhead(), fresh.number(),
                fresh.placeAndDate(), fresh.summary(), fresh.legalBases(), fresh.addressees(), out, fresh.recipients(),
                fresh.signature(), fresh.appendices());
        return new Merged(body, carried);
    }

    /** Per heading text (numbering aside; "" before the first), the narrative paragraphs of that section. */
    private static java.util.Map<String, List<Block>> sections(List<Block> blocks) {
        java.util.Map<String, List<Block>> out = new java.util.LinkedHashMap<>();
        String section = "";
        for (Block b : blocks) {
            if (b instanceof vn.baocao.document.Heading h) {
                section = h.text().toMarkup();
            } else if (b instanceof Paragraph p && !p.text().toMarkup().strip().startsWith("{{#") && !p.text().toMarkup().isBlank()) {
                out.computeIfAbsent(section, k -> new ArrayList<>()).add(b);
            }
        }
        return out;
    }

    private static List<String> narrativeOf(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        collect(blocks, out);
        return out;
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
