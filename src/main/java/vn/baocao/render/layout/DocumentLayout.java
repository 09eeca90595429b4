package vn.baocao.render.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.text.RenderText;

/**
 * The one layout definition of an ND30 document (spec nd30-layout.md §1–§4): page, margins, the
 * column widths of the header and footer tables, rule lengths and the style of every element per
 * size profile. The Word and PDF renderers read it and decide nothing of the look themselves.
 */
public final class DocumentLayout {
    // The ND30 values, named for the tests and for code that needs no instance; the renderers read get(Measure).
    public static final double PAGE_WIDTH_MM = Measure.PAGE_WIDTH_MM.nd30();
    public static final double PAGE_HEIGHT_MM = Measure.PAGE_HEIGHT_MM.nd30();
    public static final Margins MARGINS = new Margins(Measure.MARGIN_TOP_MM.nd30(), Measure.MARGIN_BOTTOM_MM.nd30(),
            Measure.MARGIN_LEFT_MM.nd30(), Measure.MARGIN_RIGHT_MM.nd30());
    public static final double HEADER_DISTANCE_MM = Measure.HEADER_DISTANCE_MM.nd30();
    public static final double HEADER_LEFT_CM = Measure.HEADER_LEFT_CM.nd30();
    public static final double HEADER_RIGHT_CM = Measure.HEADER_RIGHT_CM.nd30();
    public static final double FOOTER_LEFT_CM = Measure.FOOTER_LEFT_CM.nd30();
    public static final double FOOTER_RIGHT_CM = Measure.FOOTER_RIGHT_CM.nd30();
    public static final double RULE_THICKNESS_PT = Measure.RULE_THICKNESS_PT.nd30();
    public static final double RULE_LINE_PT = Measure.RULE_LINE_PT.nd30();
    /** Space left for the signature and the seal (spec §3 ô 7c: about 2–2.5 cm): the signer name's space before. */
    public static final double SIGNATURE_GAP_PT = 72;
    public static final double TABLE_CELL_PADDING_SIDE_CM = Measure.TABLE_CELL_PADDING_SIDE_CM.nd30();
    public static final double TABLE_CELL_PADDING_VERTICAL_PT = Measure.TABLE_CELL_PADDING_VERTICAL_PT.nd30();
    public static final double TABLE_BORDER_PT = Measure.TABLE_BORDER_PT.nd30();

    public static final String NATIONAL_TITLE_TEXT = RenderText.get("documentLayout.congHoaXaHoi");
    public static final String MOTTO_TEXT = RenderText.get("documentLayout.docLapTuDo");
    public static final String ADDRESSEE_LABEL_TEXT = RenderText.get("documentLayout.kinhGui");
    public static final String RECIPIENTS_LABEL_TEXT = RenderText.get("documentLayout.noiNhan");

    private final SizeProfile profile;
    private final Map<Element, TextStyle> styles;
    private final Map<Measure, Double> measures;

    private DocumentLayout(SizeProfile profile, Map<Element, TextStyle> styles, Map<Measure, Double> measures) {
        this.profile = profile;
        this.styles = styles;
        this.measures = measures;
    }

    public static DocumentLayout forProfile(SizeProfile profile) {
        boolean p14 = profile == SizeProfile.P14;
        double qh = p14 ? 13 : 12;      // Quốc hiệu, agency, V/v
        double big = p14 ? 14 : 13;     // Tiêu ngữ, date, type, body, signature, page number
        double body = big;
        double pitch = p14 ? 17 : 16;   // exact line pitch of the body (between 1 and 1.5 lines)
        double indent = 1.27;
        Map<Element, TextStyle> m = new EnumMap<>(Element.class);
        m.put(Element.NATIONAL_TITLE, centred(qh, true, false, 0, lineOf(qh)));
        m.put(Element.MOTTO, centred(big, true, false, 0, lineOf(big)));
        m.put(Element.PARENT_AGENCY, centred(qh, false, false, 0, lineOf(qh)));
        m.put(Element.AGENCY, centred(qh, true, false, 0, lineOf(qh)));
        m.put(Element.NUMBER, centred(13, false, false, 6, lineOf(big)));
        m.put(Element.PLACE_DATE, centred(big, false, true, 6, lineOf(big)));
        m.put(Element.LETTER_SUMMARY, centred(qh, false, false, 6, lineOf(qh)));
        m.put(Element.TYPE_NAME, centred(big, true, false, 24, lineOf(big)));
        m.put(Element.SUMMARY, centred(big, true, false, 0, lineOf(big)));
        m.put(Element.LEGAL_BASIS, new TextStyle(body, false, true, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.ADDRESSEE_LABEL, new TextStyle(body, false, false, Align.LEFT, 12, 0, pitch, 0, 3.5));
        m.put(Element.ADDRESSEE_ITEM, new TextStyle(body, false, false, Align.LEFT, 0, 0, pitch, 0, 4.5));
        m.put(Element.ADDRESSEE_SINGLE, new TextStyle(body, false, false, Align.CENTER, 12, 0, pitch, 0, 0));
        m.put(Element.BODY, new TextStyle(body, false, false, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_ROMAN, new TextStyle(body, true, false, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_ARABIC, new TextStyle(body, true, false, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_DECIMAL, new TextStyle(body, true, false, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_LETTER, new TextStyle(body, true, true, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_DASH, new TextStyle(body, false, true, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.HEADING_PLUS, new TextStyle(body, false, true, Align.JUSTIFY, 6, 0, pitch, indent, 0));
        m.put(Element.TABLE_HEADER, new TextStyle(12, true, false, Align.CENTER, 0, 0, 14, 0, 0));
        m.put(Element.TABLE_CELL, new TextStyle(12, false, false, Align.LEFT, 0, 0, 14, 0, 0));
        m.put(Element.FOOTNOTE, new TextStyle(p14 ? 11 : 10, false, false, Align.JUSTIFY, 0, 0, p14 ? 12.5 : 11.5, 0, 0));
        m.put(Element.RECIPIENTS_LABEL, new TextStyle(12, true, true, Align.LEFT, 12, 0, lineOf(big), 0, 0));
        m.put(Element.RECIPIENT, new TextStyle(11, false, false, Align.LEFT, 0, 0, 13, 0, 0));
        m.put(Element.SIGNATURE_TITLE, centred(big, true, false, 0, lineOf(big)));
        m.put(Element.SIGNER_NAME, centred(big, true, false, SIGNATURE_GAP_PT, lineOf(big)));
        m.put(Element.PAGE_NUMBER, centred(big, false, false, 0, lineOf(big)));
        m.put(Element.APPENDIX_LABEL, centred(14, true, false, 0, lineOf(14)));
        m.put(Element.APPENDIX_TITLE, centred(big, true, false, 0, lineOf(big)));
        m.put(Element.APPENDIX_REFERENCE, centred(big, false, true, 0, lineOf(big)));
        Map<Measure, Double> sizes = new EnumMap<>(Measure.class);
        for (Measure x : Measure.values()) {
            sizes.put(x, x.nd30());
        }
        return new DocumentLayout(profile, Map.copyOf(m), Map.copyOf(sizes));
    }

    /** Exact pitch of a single-spaced line of the header blocks: about 1.15 × size, rounded to 0.5 pt. */
    private static double lineOf(double size) {
        return Math.round(size * 1.15 * 2) / 2.0;
    }

    private static TextStyle centred(double size, boolean bold, boolean italic, double before, double line) {
        return new TextStyle(size, bold, italic, Align.CENTER, before, 0, line, 0, 0);
    }

    public SizeProfile profile() {
        return profile;
    }

    public TextStyle style(Element element) {
        return styles.get(element);
    }

    public double get(Measure measure) {
        return measures.get(measure);
    }

    /** This layout with one element set in another style (tests; a future user choice). */
    public DocumentLayout withStyle(Element element, TextStyle style) {
        Map<Element, TextStyle> m = new EnumMap<>(styles);
        m.put(element, style);
        return new DocumentLayout(profile, Map.copyOf(m), measures);
    }

    /** This layout with one size changed. */
    public DocumentLayout with(Measure measure, double value) {
        Map<Measure, Double> m = new EnumMap<>(measures);
        m.put(measure, value);
        return new DocumentLayout(profile, styles, Map.copyOf(m));
    }

    public Margins margins() {
        return new Margins(get(Measure.MARGIN_TOP_MM), get(Measure.MARGIN_BOTTOM_MM), get(Measure.MARGIN_LEFT_MM),
                get(Measure.MARGIN_RIGHT_MM));
    }

    public double headerLeftCm() {
        return get(Measure.HEADER_LEFT_CM);
    }

    public double headerRightCm() {
        return get(Measure.HEADER_RIGHT_CM);
    }

    public double footerLeftCm() {
        return get(Measure.FOOTER_LEFT_CM);
    }

    public double footerRightCm() {
        return get(Measure.FOOTER_RIGHT_CM);
    }

    /** The first signature line stands level with "Nơi nhận:" (spec §3 ô 7a, 9b). */
    public double signatureSpaceBeforePt() {
        return style(Element.RECIPIENTS_LABEL).spaceBeforePt();
    }

    /**
     * Whether a paragraph of this element stays on the page of the paragraph after it: headings, the title lines,
     * the appendix lines, "Kính gửi:" above its list, and the lines of the footer block above the signer.
     */
    public boolean keepsWithNext(Element e) {
        return switch (e) {
            case HEADING_ROMAN, HEADING_ARABIC, HEADING_DECIMAL, HEADING_LETTER, HEADING_DASH, HEADING_PLUS,
                 TYPE_NAME, SUMMARY, APPENDIX_LABEL, APPENDIX_TITLE, APPENDIX_REFERENCE, ADDRESSEE_LABEL,
                 RECIPIENTS_LABEL, SIGNATURE_TITLE -> true;
            default -> false;
        };
    }

    /** A rule stays with what follows it (the text it underlines comes before it, and is kept with it). */
    public boolean keepsRuleWithNext() {
        return true;
    }

    /** Lines a paragraph keeps together at a page break, on either side (0 = no widow and orphan control). */
    public int widowOrphanLines() {
        return (int) get(Measure.WIDOW_ORPHAN_LINES);
    }

    public static Element headingElement(HeadingLevel level) {
        return switch (level) {
            case ROMAN -> Element.HEADING_ROMAN;
            case ARABIC -> Element.HEADING_ARABIC;
            case DECIMAL -> Element.HEADING_DECIMAL;
            case LETTER -> Element.HEADING_LETTER;
            case DASH -> Element.HEADING_DASH;
            case PLUS -> Element.HEADING_PLUS;
        };
    }

    /** Text width of a portrait page in cm (16.0 with the default margins). */
    public double textWidthCm(boolean landscape) {
        double page = landscape ? get(Measure.PAGE_HEIGHT_MM) : get(Measure.PAGE_WIDTH_MM);
        return (page - get(Measure.MARGIN_LEFT_MM) - get(Measure.MARGIN_RIGHT_MM)) / 10.0;
    }

    /** The rule under the Tiêu ngữ: as long as the text line (spec §4.3). */
    public double mottoRuleCm() {
        TextStyle s = style(Element.MOTTO);
        return ptToCm(TextMeasure.widthPt(MOTTO_TEXT, s.sizePt(), true, false));
    }

    /** The rule under the agency name: one third of its longest line, centred. */
    public double agencyRuleCm(List<String> agencyLines) {
        TextStyle s = style(Element.AGENCY);
        double longest = longestPt(agencyLines, s);
        double cm = ptToCm(longest) / 3;
        return Math.max(1.2, Math.min(cm, headerLeftCm() / 2));
    }

    /** The rule under the summary or an appendix title: one third of the longest printed line. */
    public double summaryRuleCm(String summary, Element element) {
        TextStyle s = style(element);
        double width = Math.min(ptToCm(TextMeasure.widthPt(summary, s.sizePt(), s.bold(), s.italic())),
                textWidthCm(false));
        return Math.max(1.5, width / 3);
    }

    private static double longestPt(List<String> lines, TextStyle s) {
        double longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, TextMeasure.widthPt(line, s.sizePt(), s.bold(), s.italic()));
        }
        return longest;
    }

    private static double ptToCm(double pt) {
        return pt * 2.54 / 72.0;
    }
}
