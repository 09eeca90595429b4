package vn.baocao.render.docx;

import java.util.Locale;
import vn.baocao.render.layout.Align;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.TextStyle;
import vn.baocao.render.layout.Units;

/**
 * Writes the styles part: Times New Roman as the document default, a Normal style, and one named
 * style per layout element (Body Text, Heading 1–6, footnote text, header, and Vietnamese-named
 * styles for the ND30 blocks), so that a clerk can restyle the document in Word.
 */
final class WordStyles {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordStyles() {
    }

    /** The styles part's root element (without the XML declaration). */
    static String xml(DocumentLayout layout) {
        StringBuilder x = new StringBuilder();
        x.append("<w:styles xmlns:w=\"").append(W).append("\">");
        TextStyle body = layout.style(Element.BODY);
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"").append(FontFiles.FAMILY).append("\" w:hAnsi=\"").append(FontFiles.FAMILY)
                .append("\" w:eastAsia=\"").append(FontFiles.FAMILY).append("\" w:cs=\"").append(FontFiles.FAMILY).append("\"/>")
                .append("<w:color w:val=\"000000\"/>")
                .append(size(body.sizePt()))
                .append("<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        x.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>")
                .append(layout.widowOrphanLines() > 0 ? "<w:pPr><w:widowControl/></w:pPr>" : "<w:pPr><w:widowControl w:val=\"0\"/></w:pPr>")
                .append("<w:rPr>").append(size(body.sizePt())).append("</w:rPr></w:style>");
        x.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        // Word's own defaults for single spacing and the Normal Table margins: every style and table we write sets
        // its own values from the layout, these only stand for what Word would assume without them
        x.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");
        for (Element e : Element.values()) {
            if (e == Element.FOOTNOTE_MARK) {
                x.append("<w:style w:type=\"character\" w:styleId=\"").append(WordStyleNames.FOOTNOTE_REFERENCE)
                        .append("\"><w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>")
                        .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
                continue;
            }
            x.append(paragraphStyle(e, layout.style(e), layout.keepsWithNext(e)));
        }
        x.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(WordStyleNames.RULE)
                .append("\"><w:name w:val=\"Đường kẻ\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
                .append("<w:pPr>").append(layout.keepsRuleWithNext() ? "<w:keepNext/>" : "")
                .append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"")
                .append(Units.ptToTwips(layout.get(Measure.RULE_LINE_PT))).append("\" w:lineRule=\"exact\"/></w:pPr>")
                .append("<w:rPr>").append(size(layout.get(Measure.RULE_FONT_PT))).append("</w:rPr></w:style>");
        x.append("</w:styles>");
        return x.toString();
    }

    private static String paragraphStyle(Element e, TextStyle s, boolean keepWithNext) {
        String id = WordStyleNames.id(e);
        boolean builtIn = id.equals("BodyText") || id.startsWith("Heading") || id.equals("FootnoteText") || id.equals("Header");
        StringBuilder x = new StringBuilder();
        x.append("<w:style w:type=\"paragraph\"");
        if (!builtIn) {
            x.append(" w:customStyle=\"1\"");
        }
        x.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(WordStyleNames.name(e))
                .append("\"/><w:basedOn w:val=\"Normal\"/>");
        if (e == Element.HEADING_ROMAN || e == Element.HEADING_ARABIC || e == Element.HEADING_DECIMAL
                || e == Element.HEADING_LETTER || e == Element.HEADING_DASH || e == Element.HEADING_PLUS
                || e == Element.LEGAL_BASIS) {
            x.append("<w:next w:val=\"BodyText\"/>");
        }
        x.append("<w:qFormat/><w:pPr>");
        if (keepWithNext) {
            x.append("<w:keepNext/>");
        }
        x.append("<w:spacing w:before=\"").append(Units.ptToTwips(s.spaceBeforePt()))
                .append("\" w:after=\"").append(Units.ptToTwips(s.spaceAfterPt()))
                .append("\" w:line=\"").append(Units.ptToTwips(s.lineHeightPt())).append("\" w:lineRule=\"exact\"/>");
        x.append("<w:ind w:left=\"").append(Units.cmToTwips(s.leftIndentCm()))
                .append("\" w:firstLine=\"").append(Units.cmToTwips(s.firstLineIndentCm())).append("\"/>");
        x.append("<w:jc w:val=\"").append(jc(s.align())).append("\"/>");
        int outline = WordStyleNames.outlineLevel(e);
        if (outline >= 0) {
            x.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
        }
        x.append("</w:pPr><w:rPr>");
        x.append(s.bold() ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        x.append(s.italic() ? "<w:i/><w:iCs/>" : "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>");
        x.append("<w:color w:val=\"000000\"/>");
        x.append(size(s.sizePt()));
        x.append("</w:rPr></w:style>");
        return x.toString();
    }

    static String jc(Align a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
    }

    private static String size(double pt) {
        long half = Math.round(pt * 2);
        return String.format(Locale.ROOT, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", half, half);
    }
}
