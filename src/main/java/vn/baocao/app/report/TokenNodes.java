package vn.baocao.app.report;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import vn.baocao.app.Messages;
import vn.baocao.document.compose.FieldInfo;
import vn.baocao.document.compose.ReportFields;

/**
 * Draws the tokens of the clerk's text: a field as the value it prints (red with its name when it cannot be filled),
 * its source on hover; a footnote as a raised mark, its text on hover. The drawing follows the report's fields as
 * they are (re)loaded.
 */
final class TokenNodes {
    private static final double MAX_WIDTH = 520;
    /** The block's border and padding on both sides, and room for the caret at the line's end. */
    private static final double LINE_MARGIN = 16;

    private final ObservableValue<ReportFields> fields;
    private final Messages messages;

    TokenNodes(ObservableValue<ReportFields> fields, Messages messages) {
        this.fields = fields;
        this.messages = messages;
    }

    Node of(Token token) {
        Label l = new Label();
        l.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        l.setTooltip(tip);
        if (token.kind() == Token.Kind.NOTE) {
            l.getStyleClass().add("note-token");
            l.setText(messages.get("report.page.noteMark"));
            tip.setText(messages.format("report.page.noteHover", token.text()));
            return l;
        }
        l.getStyleClass().add("field-token");
        // A long value (the căn cứ) wraps inside its box rather than running off the page: the box is never wider
        // than the line of the block it stands in (a line of the text flow starts a new line before a box too wide).
        l.setWrapText(true);
        l.setMaxWidth(MAX_WIDTH);
        l.sceneProperty().addListener((o, was, scene) -> fitToLine(l));
        l.textProperty().bind(fields.map(f -> printed(f, token)).orElse("{{" + token.text() + "}}"));
        tip.textProperty().bind(fields.map(f -> hover(f.field(token.text())))
                .orElse(messages.format("report.page.fieldLoading", "{{" + token.text() + "}}")));
        // Listening to the label's own text, not to the report's fields, so that a dropped token is not kept alive.
        l.textProperty().addListener((o, a, b) -> mark(l, filled(token)));
        mark(l, filled(token));
        return l;
    }

    /** Binds the token's width to its block's (the first {@link FieldArea} above it), less the block's padding. */
    private static void fitToLine(Label l) {
        javafx.scene.Parent p = l.getParent();
        while (p != null && !(p instanceof FieldArea)) {
            p = p.getParent();
        }
        if (p instanceof FieldArea area) {
            l.maxWidthProperty().bind(javafx.beans.binding.Bindings.min(MAX_WIDTH,
                    area.widthProperty().subtract(LINE_MARGIN)));
        }
    }

    private boolean filled(Token token) {
        return fields.getValue() == null || fields.getValue().field(token.text()).filled();
    }

    private static void mark(Label l, boolean ok) {
        l.getStyleClass().remove("field-problem");
        if (!ok) {
            l.getStyleClass().add("field-problem");
        }
    }

    /** The text with its fields as they print (the trích yếu on the page); a field not filled is left as written. */
    static String filledIn(String markup, ReportFields f) {
        if (markup == null || f == null) {
            return markup;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{([^{}#]+)\\}\\}").matcher(markup);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            FieldInfo i = f.field(m.group(1));
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(i.filled() ? i.printed() : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String printed(ReportFields f, Token token) {
        FieldInfo i = f.field(token.text());
        return i.filled() ? i.printed() : "{{" + token.text() + "}}";
    }

    /** Where the field comes from, as the clerk reads it on hover. */
    String hover(FieldInfo i) {
        StringBuilder sb = new StringBuilder();
        if (!i.filled()) {
            sb.append(messages.format("report.page.fieldProblem", i.problem())).append('\n');
        }
        if (i.isIndicator()) {
            sb.append(messages.format("report.page.fieldIndicator", i.indicatorCode(),
                    i.indicatorName() == null ? "" : i.indicatorName())).append('\n');
            sb.append(messages.format("report.page.fieldSlot", slot(i.slot()))).append('\n');
            sb.append(messages.format("report.page.fieldWhere", i.area(), i.period())).append('\n');
            sb.append(messages.format("report.page.fieldSource", source(i)));
            if (i.summedUp() != null) {
                sb.append('\n').append(messages.format("report.page.fieldSummed", i.summedUp()));
            }
        } else {
            sb.append(messages.format("report.page.fieldGlobal", i.area(), i.period()));
        }
        sb.append('\n').append(messages.format("report.page.fieldCode", "{{" + i.name() + "}}"));
        return sb.toString();
    }

    private String slot(String slot) {
        String key = switch (slot) {
            case "thuc_hien" -> "report.page.slot.actual";
            case "ke_hoach" -> "report.page.slot.plan";
            case "pct_ke_hoach" -> "report.page.slot.percentOfPlan";
            case "cung_ky" -> "report.page.slot.lastYear";
            case "so_cung_ky" -> "report.page.slot.change";
            case "don_vi" -> "report.page.slot.unit";
            case "ten" -> "report.page.slot.name";
            case "danh_gia" -> "report.page.slot.verdict";
            case "cau" -> "report.page.slot.sentence";
            case "theo_xa" -> "report.page.slot.communes";
            default -> null;
        };
        return key == null ? slot : messages.get(key);
    }

    private String source(FieldInfo i) {
        if (i.source() == null || i.source().isBlank()) {
            return messages.get(i.filled() ? "report.page.sourceNone" : "report.page.sourceMissing");
        }
        if (i.source().equals("manual")) {
            return messages.get("report.page.sourceManual");
        }
        return i.sourceFile() == null ? i.source() : messages.format("report.page.sourceFile", i.source(), i.sourceFile());
    }
}
