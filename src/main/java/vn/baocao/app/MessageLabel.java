package vn.baocao.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;

/** A label showing a page's message, styled as an error when it is one. */
public final class MessageLabel {
    private MessageLabel() {
    }

    public static Label bound(String id, ReadOnlyStringProperty text, BooleanProperty isError) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        isError.addListener((o, a, error) -> {
            label.getStyleClass().remove("message-error");
            if (error) {
                label.getStyleClass().add("message-error");
            }
        });
        return label;
    }
}
