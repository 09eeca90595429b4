package vn.baocao.app;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The label in front of a form field: its mnemonic (Alt+letter) moves the focus to the field. */
public final class FieldLabel {
    private FieldLabel() {
    }

    public static Label of(String text, Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
