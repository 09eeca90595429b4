package vn.baocao.render.walk;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.PageBreak;
import vn.baocao.document.Paragraph;
import vn.baocao.document.Signature;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;

/**
 * The one order of an ND30 document (spec nd30-layout.md §3–§4), which the Word and the PDF renderer both follow:
 * header block, type name and summary with its rule, căn cứ, kính gửi, the body, Nơi nhận and signature, then each
 * appendix on new pages. It also decides which element each text is set in and how long each rule is (from the
 * {@link DocumentLayout}), so that the two files cannot disagree on what comes where.
 */
public final class DocumentWalk {
    private final AdministrativeDocument source;
    private final DocumentLayout layout;
    private final DocumentVisitor visitor;

    private DocumentWalk(AdministrativeDocument source, DocumentLayout layout, DocumentVisitor visitor) {
        this.source = source;
        this.layout = layout;
        this.visitor = visitor;
    }

    /** Walks {@code document} in the layout of its size profile. */
    public static void walk(AdministrativeDocument document, DocumentVisitor visitor) {
        walk(document, DocumentLayout.forProfile(document.profile()), visitor);
    }

    /** Walks {@code document} in {@code layout} (tests pass a layout with a changed value). */
    public static void walk(AdministrativeDocument document, DocumentLayout layout, DocumentVisitor visitor) {
        new DocumentWalk(document, layout, visitor).run();
    }

    private void run() {
        visitor.begin(layout, new DocumentVisitor.Metadata(source.metadataTitle(),
                source.letterhead().issuingAgencyName(), source.summary()));
        visitor.headerBlock(headerBlock());
        title();
        for (String line : source.printedLegalBases()) {
            visitor.line(Line.of(Element.LEGAL_BASIS, line));
        }
        addressees();
        boolean footer = !source.recipients().isEmpty() || source.signature() != null;
        blocks(source.body(), false, footer);
        if (footer) {
            visitor.footerBlock(footerBlock());
        }
        for (Appendix appendix : source.appendices()) {
            appendix(appendix);
        }
        visitor.end();
    }

    private TwoColumns headerBlock() {
        List<CellItem> agency = new ArrayList<>();
        for (String line : source.letterhead().parentAgency()) {
            agency.add(Line.of(Element.PARENT_AGENCY, line));
        }
        for (String line : source.letterhead().issuingAgency()) {
            agency.add(Line.of(Element.AGENCY, line));
        }
        agency.add(new Rule(layout.headerLeftCm(), layout.agencyRuleCm(source.letterhead().issuingAgency())));
        List<CellItem> nation = List.of(Line.of(Element.NATIONAL_TITLE, DocumentLayout.NATIONAL_TITLE_TEXT),
                Line.of(Element.MOTTO, DocumentLayout.MOTTO_TEXT),
                new Rule(layout.headerRightCm(), layout.mottoRuleCm()));
        List<TwoColumns.Row> rows = new ArrayList<>();
        rows.add(new TwoColumns.Row(new TwoColumns.Cell(agency, Element.AGENCY),
                new TwoColumns.Cell(nation, Element.NATIONAL_TITLE)));
        rows.add(new TwoColumns.Row(cell(Element.NUMBER, source.number().format()),
                cell(Element.PLACE_DATE, source.placeAndDate().format())));
        if (!source.type().hasTitle()) {
            // a Công văn has no title: its "V/v" line stands under the number
            rows.add(new TwoColumns.Row(cell(Element.LETTER_SUMMARY, source.letterSummary()),
                    new TwoColumns.Cell(List.of(), Element.LETTER_SUMMARY)));
        }
        return new TwoColumns(layout.headerLeftCm(), layout.headerRightCm(), rows, false);
    }

    private static TwoColumns.Cell cell(Element element, String text) {
        return new TwoColumns.Cell(List.of(Line.of(element, text)), element);
    }

    private void title() {
        if (!source.type().hasTitle()) {
            return;
        }
        visitor.line(Line.of(Element.TYPE_NAME, source.type().title()));
        if (!source.summary().isBlank()) {
            visitor.line(Line.of(Element.SUMMARY, source.summary()));
            List<Block> next = source.printedLegalBases().isEmpty() && source.printedAddressees().isEmpty()
                    ? source.body() : List.of();
            visitor.rule(new Rule(layout.textWidthCm(false), layout.summaryRuleCm(source.summary(), Element.SUMMARY),
                    gapAboveTable(next)));
        }
    }

    private void addressees() {
        List<String> lines = source.printedAddressees();
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            visitor.line(Line.of(Element.ADDRESSEE_SINGLE, DocumentLayout.ADDRESSEE_LABEL_TEXT + " " + lines.get(0)));
            return;
        }
        visitor.line(Line.of(Element.ADDRESSEE_LABEL, DocumentLayout.ADDRESSEE_LABEL_TEXT));
        for (String line : lines) {
            visitor.line(Line.of(Element.ADDRESSEE_ITEM, line));
        }
    }

    /** @param keepLastWithFooter whether a closing paragraph must share the page of Nơi nhận and the signature */
    private void blocks(List<Block> blocks, boolean landscape, boolean keepLastWithFooter) {
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                visitor.richParagraph(DocumentLayout.headingElement(h.level()), h.label().isEmpty() ? "" : h.label() + " ",
                        h.text());
            } else if (block instanceof Paragraph p && keepLastWithFooter && block == last) {
                visitor.closingParagraph(Element.BODY, p.marker().prefix(), p.text());
            } else if (block instanceof Paragraph p) {
                visitor.richParagraph(Element.BODY, p.marker().prefix(), p.text());
            } else if (block instanceof Table t) {
                visitor.table(table(t, landscape, keepLastWithFooter && block == last));
            } else if (block instanceof PageBreak) {
                visitor.pageBreak();
            } else if (block instanceof LandscapeSection s) {
                visitor.beginLandscape();
                blocks(s.blocks(), true, false);
                visitor.endLandscape();
            }
        }
    }

    /**
     * The space under a rule that {@code next} follows: a table right under it would draw its top border against
     * the rule, which then looked like a thick piece of that border; it keeps a paragraph's gap instead.
     */
    private double gapAboveTable(List<Block> next) {
        return !next.isEmpty() && next.get(0) instanceof Table ? layout.style(Element.BODY).spaceBeforePt() : 0;
    }

    private TableShape table(Table t, boolean landscape, boolean endsBody) {
        double width = layout.textWidthCm(landscape);
        double[] fractions = t.widthFractions();
        double[] columns = new double[fractions.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = width * fractions[i];
        }
        List<TableColumn.CellAlignment> alignments = t.columns().stream().map(TableColumn::alignment).toList();
        return new TableShape(width, columns, t.headerRows(), t.rows(), alignments, t.keepWithNext(), endsBody);
    }

    private TwoColumns footerBlock() {
        List<CellItem> left = new ArrayList<>();
        if (!source.recipients().isEmpty()) {
            left.add(Line.of(Element.RECIPIENTS_LABEL, DocumentLayout.RECIPIENTS_LABEL_TEXT));
            for (String line : source.printedRecipients()) {
                left.add(Line.of(Element.RECIPIENT, line));
            }
        }
        List<CellItem> right = new ArrayList<>();
        Signature s = source.signature();
        if (s != null) {
            for (String line : s.titleLines()) {
                right.add(right.isEmpty() ? new Line(Element.SIGNATURE_TITLE, line, layout.signatureSpaceBeforePt())
                        : Line.of(Element.SIGNATURE_TITLE, line));
            }
            if (s.signerName() != null) {
                right.add(Line.of(Element.SIGNER_NAME, s.signerName()));
            }
        }
        TwoColumns.Row row = new TwoColumns.Row(new TwoColumns.Cell(left, Element.RECIPIENT),
                new TwoColumns.Cell(right, Element.SIGNATURE_TITLE));
        return new TwoColumns(layout.footerLeftCm(), layout.footerRightCm(), List.of(row), true);
    }

    private void appendix(Appendix a) {
        visitor.beginAppendix(a.landscape());
        visitor.line(Line.of(Element.APPENDIX_LABEL, a.label()));
        if (!a.title().isBlank()) {
            visitor.line(Line.of(Element.APPENDIX_TITLE, a.title()));
        }
        if (a.reference() != null && !a.reference().isBlank()) {
            visitor.line(Line.of(Element.APPENDIX_REFERENCE, a.reference()));
        }
        visitor.rule(new Rule(layout.textWidthCm(a.landscape()),
                layout.summaryRuleCm(a.title().isBlank() ? a.label() : a.title(), Element.APPENDIX_TITLE),
                gapAboveTable(a.blocks())));
        blocks(a.blocks(), a.landscape(), false);
    }
}
