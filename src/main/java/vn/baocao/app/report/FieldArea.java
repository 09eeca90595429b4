package vn.baocao.app.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.reactfx.util.Either;

/**
 * One block of the clerk's text, edited as it prints: words in their bold and italic, data fields and footnotes as
 * inline tokens that are never edited letter by letter (a field typed as {{LD01.thuc_hien}} becomes one). The text
 * is written back as document markup after every edit. Ctrl+B and Ctrl+I set bold and italic; Enter asks for a new
 * paragraph after this one; Tab and Shift+Tab go to the next and previous block.
 */
final class FieldArea extends GenericStyledArea<String, Either<String, Token>, RunStyle> {
    private static final TextOps<Either<String, Token>, RunStyle> OPS =
            SegmentOps.<RunStyle>styledTextOps()._or(new TokenOps(), (a, b) -> Optional.empty());
    private static final KeyCombination BOLD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ITALIC = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private boolean loading;

    /**
     * @param tokenNode draws a token (the field's printed value, with its source on hover)
     * @param edited receives the block's markup after each edit by the clerk
     * @param tab moves the focus on (true) or back (false)
     */
    FieldArea(String markup, Function<Token, Node> tokenNode, Consumer<String> edited, Runnable enter,
              Consumer<Boolean> tab) {
        super("", (flow, ps) -> { }, RunStyle.PLAIN, OPS,
                seg -> seg.getSegment().unify(
                        text -> StyledTextArea.createStyledTextNode(text, seg.getStyle(),
                                (t, style) -> t.setStyle(style.css())),
                        token -> tokenNode.apply(token)));
        getStyleClass().add("field-area");
        setWrapText(true);
        setAutoHeight(true);
        show(markup);
        getUndoManager().forgetHistory();
        multiPlainChanges().subscribe(changes -> {
            if (loading) {
                return;
            }
            edited.accept(markup());
            if (TokenText.holdsField(getText())) {
                // Not inside the change being told: the area updates its caret after it.
                javafx.application.Platform.runLater(this::tokenize);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                enter.run();
            } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                tab.accept(!e.isShiftDown());
            } else if (BOLD.match(e)) {
                e.consume();
                toggle(true);
            } else if (ITALIC.match(e)) {
                e.consume();
                toggle(false);
            }
        });
    }

    /** A field typed whole ({{LD01.thuc_hien}}) becomes a token; the caret stays after it. */
    private void tokenize() {
        if (!TokenText.holdsField(getText())) {
            return;
        }
        int caret = getCaretPosition();
        int before = getLength();
        show(markup());
        moveTo(Math.max(0, Math.min(getLength(), caret - (before - getLength()))));
    }

    /** Replaces the content with a block's markup without telling it as an edit. */
    void show(String markup) {
        loading = true;
        try {
            ReadOnlyStyledDocument<String, Either<String, Token>, RunStyle> doc = null;
            for (StyledSegment<Either<String, Token>, RunStyle> s : TokenText.segments(markup)) {
                var one = ReadOnlyStyledDocument.fromSegment(s.getSegment(), "", s.getStyle(), OPS);
                doc = doc == null ? one : doc.concat(one);
            }
            replace(0, getLength(), doc != null ? doc
                    : ReadOnlyStyledDocument.fromString("", "", RunStyle.PLAIN, OPS));
        } finally {
            loading = false;
        }
    }

    /** The content's segments in order, over every line. */
    List<StyledSegment<Either<String, Token>, RunStyle>> segments() {
        return getParagraphs().stream().flatMap(p -> p.getStyledSegments().stream()).toList();
    }

    String markup() {
        return TokenText.markup(segments());
    }

    /** Bold or italic on the selection (or the style typed next), off when the selection starts with it on. */
    private void toggle(boolean bold) {
        int start = getSelection().getStart();
        int end = getSelection().getEnd();
        RunStyle at = getStyleAtPosition(start == end ? getCaretPosition() : start + 1);
        RunStyle changed = bold ? new RunStyle(!at.bold(), at.italic()) : new RunStyle(at.bold(), !at.italic());
        if (start == end) {
            setTextInsertionStyle(changed);
            return;
        }
        for (int i = start; i < end; i++) {
            RunStyle s = getStyleAtPosition(i + 1);
            setStyle(i, i + 1, bold ? new RunStyle(changed.bold(), s.italic()) : new RunStyle(s.bold(), changed.italic()));
        }
    }

}
