package vn.baocao.app.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;

/** Stands in for a page that is not built yet, and says so plainly. */
public final class PlaceholderView extends VBox {
    public PlaceholderView(Page page, Messages messages) {
        super(12);
        setId("placeholder-" + page.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("placeholder-page");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label(messages.get(page.titleKey()).replace("_", ""));
        title.getStyleClass().add("title-2");
        Label text = new Label(messages.get("placeholder.notAvailable"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Label hint = new Label(messages.get(page.hintKey()));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(title, text, hint);
    }
}
