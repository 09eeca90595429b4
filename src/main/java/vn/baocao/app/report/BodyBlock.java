package vn.baocao.app.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.ListMarker;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;

/**
 * One block of the clerk's text as the editor shows it: a heading (label and text) or a paragraph, its text in the
 * document markup with placeholders ({{LD01.thuc_hien}}). Tables and other blocks pass through untouched.
 */
public final class BodyBlock {
    /** A paragraph that is only "{{#chi_tieu_giao}}": the report fills it with generated text. */
    private static final Pattern GENERATED = Pattern.compile("\\s*\\{\\{#([a-z_]+)(?::[^{}]+)?\\}\\}\\s*");

    public enum Kind { HEADING, PARAGRAPH, OTHER }

    private final Kind kind;
    private final Block original;
    private final HeadingLevel level;
    private final ListMarker marker;
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    private BodyBlock(Kind kind, Block original, HeadingLevel level, ListMarker marker, String label, String text) {
        this.kind = kind;
        this.original = original;
        this.level = level;
        this.marker = marker;
        this.label.set(label);
        this.text.set(text);
    }

    public static BodyBlock of(Block block) {
        if (block instanceof Heading h) {
            return new BodyBlock(Kind.HEADING, block, h.level(), ListMarker.NONE, h.label(), h.text().toMarkup());
        }
        if (block instanceof Paragraph p) {
            return new BodyBlock(Kind.PARAGRAPH, block, null, p.marker(), "", p.text().toMarkup());
        }
        return new BodyBlock(Kind.OTHER, block, null, ListMarker.NONE, "", "");
    }

    public static BodyBlock paragraph(String markup) {
        return new BodyBlock(Kind.PARAGRAPH, null, null, ListMarker.NONE, "", markup);
    }

    /** The block with the clerk's edits. */
    public Block toBlock() {
        return switch (kind) {
            case HEADING -> new Heading(level, label.get(), RichText.parse(text.get()));
            case PARAGRAPH -> new Paragraph(RichText.parse(text.get()), marker);
            case OTHER -> original;
        };
    }

    /** The name of the generated part ("chi_tieu_giao") when this paragraph is one, else null. */
    public String generatedPart() {
        if (kind != Kind.PARAGRAPH || text.get() == null) {
            return null;
        }
        Matcher m = GENERATED.matcher(text.get());
        return m.matches() ? m.group(1) : null;
    }

    public Kind kind() {
        return kind;
    }

    public boolean editable() {
        return kind != Kind.OTHER;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty textProperty() {
        return text;
    }
}
