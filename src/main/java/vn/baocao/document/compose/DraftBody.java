package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.IndicatorEvaluation;

/**
 * A new report's body from its template, with the per-sector parts spelled out so that the clerk can write each
 * sector's narrative where it will print: {@code {{#linh_vuc}}} becomes, for every sector of the report, a heading
 * ("3.1. Giáo dục và Đào tạo"), an opening paragraph of the clerk's, and {@code {{#linh_vuc:Giáo dục và Đào tạo}}}
 * (the indicators not told before); {@code {{#phuong_huong}}} becomes a heading, a paragraph of tasks and
 * {@code {{#chi_tieu_ky_sau:…}}} (the sector's targets for the next period) per sector.
 */
public final class DraftBody {
    private DraftBody() {
    }

    public static AdministrativeDocument expand(AdministrativeDocument template, ReportData data) {
        List<String> sectors = new ArrayList<>(SectorSentences.bySector(data.indicators()).keySet());
        Set<String> ahead = new LinkedHashSet<>(sectors);
        List<IndicatorEvaluation> both = new ArrayList<>(data.indicators());
        both.addAll(data.next());
        ahead.addAll(SectorSentences.bySector(both).keySet());
        List<String> nextSectors = SectorHeadings.ordered(ahead);
        List<Block> body = new ArrayList<>();
        String arabic = null;
        for (Block b : template.body()) {
            if (b instanceof Heading h) {
                if (h.level() == HeadingLevel.ARABIC) {
                    arabic = h.label();
                } else if (h.level() == HeadingLevel.ROMAN) {
                    arabic = null;
                }
            }
            String block = b instanceof Paragraph p ? p.text().plainText().strip() : "";
            if (block.equals("{{#linh_vuc}}") && !sectors.isEmpty()) {
                int n = 0;
                for (String s : sectors) {
                    n++;
                    body.add(arabic != null ? Heading.of(HeadingLevel.DECIMAL, arabic + n + ".", s)
                            : Heading.of(HeadingLevel.ARABIC, n + ".", s));
                    body.add(Paragraph.of(Markup.escape(DocumentText.get("draftBody.cacNhiemVuLinh", s)) + "{{ky_bao_cao}}"
                            + Markup.escape(DocumentText.get("draftBody.duocTrienKhaiTheo"))));
                    body.add(Paragraph.of("{{#linh_vuc:" + s + "}}"));
                }
            } else if (block.equals("{{#phuong_huong}}")) {
                int n = 0;
                for (String s : nextSectors) {
                    n++;
                    body.add(Heading.of(HeadingLevel.ARABIC, n + ".", s));
                    body.add(Paragraph.of(Markup.escape(DocumentText.get("draftBody.tiepTucTrienKhai", s))
                            + "{{ky_sau}}."));
                    body.add(Paragraph.of("{{#chi_tieu_ky_sau:" + s + "}}"));
                }
            } else {
                body.add(b);
            }
        }
        return new AdministrativeDocument(template.type(), template.profile(), template.letterhead(), template.number(),
                template.placeAndDate(), template.summary(), template.legalBases(), template.addressees(), body,
                template.recipients(), template.signature(), new ArrayList<Appendix>(template.appendices()));
    }
}
