package vn.baocao.app.imports;

import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import vn.baocao.app.Messages;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.plan.ImportQuestion;

/**
 * The catalog list under an indicator question's answer: a search field and the matching indicators. Up/Down move,
 * Enter or a click takes the line, Esc closes without changing the answer.
 */
final class CatalogPickerPopup {
    static final double WIDTH = 620;

    private final Popup popup = new Popup();
    private final CatalogPicker picker;
    private final TextField search = new TextField();
    private final ListView<CatalogPicker.Item> list = new ListView<>();

    CatalogPickerPopup(CatalogPicker picker, Messages messages) {
        this.picker = picker;
        search.setId("importPickerSearch");
        search.setPromptText(messages.get("import.picker.prompt"));
        search.textProperty().bindBidirectional(picker.queryProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setId("importPickerList");
        list.setItems(picker.items());
        list.setFocusTraversable(false);
        list.setPrefHeight(300);
        list.setPlaceholder(new Label(messages.get("import.picker.none")));
        list.setCellFactory(v -> new ItemCell(v, messages));
        list.getSelectionModel().select(picker.selectedIndexProperty().get());
        picker.selectedIndexProperty().addListener((o, a, i) -> {
            list.getSelectionModel().clearAndSelect(i.intValue());
            if (i.intValue() >= 0) {
                list.scrollTo(Math.max(0, i.intValue() - 3));
            }
        });
        // the items are replaced on each letter typed; the list's own selection follows the picker's
        picker.items().addListener((javafx.collections.ListChangeListener<CatalogPicker.Item>) c ->
                list.getSelectionModel().clearAndSelect(picker.selectedIndexProperty().get()));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                picker.pick(list.getSelectionModel().getSelectedItem());
                popup.hide();
            }
        });
        Label count = new Label();
        count.setId("importPickerCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int matched = picker.matchedProperty().get();
            String typed = picker.queryProperty().get();
            if (matched == 0 && typed != null && !typed.isBlank()) {
                return messages.get("import.picker.none");
            }
            return matched > IndicatorSearch.MAX_RESULTS
                    ? messages.format("import.picker.capped", VietnameseNumbers.format(matched),
                            VietnameseNumbers.format(IndicatorSearch.MAX_RESULTS))
                    : messages.format("import.picker.count", VietnameseNumbers.format(matched));
        }, picker.matchedProperty(), picker.queryProperty()));
        count.setWrapText(true);
        Label keys = new Label(messages.get("import.picker.keys"));
        keys.getStyleClass().add("text-muted");
        keys.setWrapText(true);
        VBox box = new VBox(6, search, list, count, keys);
        box.setId("importPicker");
        box.getStyleClass().add("import-picker");
        box.setPadding(new Insets(8));
        box.setPrefWidth(WIDTH);
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 3);");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> picker.moveDown();
            case UP -> picker.moveUp();
            case PAGE_DOWN -> picker.select(Math.min(picker.items().size() - 1, picker.selectedIndexProperty().get() + 8));
            case PAGE_UP -> picker.select(Math.max(0, picker.selectedIndexProperty().get() - 8));
            case ENTER -> {
                if (picker.pick()) {
                    popup.hide();
                }
            }
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Opens under {@code anchor} with the search field focused; kept inside the window (moved left, or above the
     * anchor when there is no room below).
     */
    void showUnder(Node anchor) {
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b == null) {
            return;
        }
        Window window = anchor.getScene().getWindow();
        double x = Math.max(window.getX(), Math.min(b.getMinX(), window.getX() + window.getWidth() - WIDTH - 8));
        popup.show(anchor, x, b.getMaxY() + 2);
        double h = popup.getHeight();
        double bottom = window.getY() + window.getHeight();
        if (b.getMaxY() + 2 + h > bottom && b.getMinY() - 2 - h >= window.getY()) {
            popup.setY(b.getMinY() - 2 - h);
        } else if (b.getMaxY() + 2 + h > bottom) {
            popup.setY(Math.max(window.getY(), bottom - h));
        }
        search.requestFocus();
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    Popup popup() {
        return popup;
    }

    /** A line: the indicator as "MÃ — Tên (ĐVT)", the suggestion marked, the other answers set apart. */
    private static final class ItemCell extends ListCell<CatalogPicker.Item> {
        private final Messages messages;

        ItemCell(ListView<CatalogPicker.Item> list, Messages messages) {
            this.messages = messages;
            // long names wrap inside the list instead of scrolling sideways
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(CatalogPicker.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.suggested() ? messages.format("import.questions.suggested", item.text()) : item.text());
            setStyle(item.indicator() ? null : "-fx-font-style: italic;");
        }
    }

    /** Whether a question's answer is picked from the catalog. */
    static boolean offeredFor(QuestionRow row) {
        return row.question().kind() == ImportQuestion.Kind.INDICATOR;
    }
}
