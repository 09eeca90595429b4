package vn.baocao.app;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import vn.baocao.domain.VietnameseText;

/**
 * The "Tìm chỉ tiêu" box of a table of indicators (Ctrl+F puts the cursor in it): typing selects the first
 * indicator whose code or name contains the text, with or without accents ("lao dong" finds "Lao động"); Enter
 * goes to the next one, Esc returns to the table.
 */
public final class FindField {
    /** The id Ctrl+F looks for on the page shown. */
    public static final String ID = "findField";

    private FindField() {
    }

    public static <T> TextField of(TableView<T> table, Function<T, String> code, Function<T, String> name, Messages messages) {
        TextField field = new TextField();
        field.setId(ID);
        field.setPromptText(messages.get("find.prompt"));
        field.setTooltip(new Tooltip(messages.get("find.tooltip")));
        field.setPrefColumnCount(14);
        field.textProperty().addListener((o, a, text) -> go(table, code, name, text, -1));
        field.setOnAction(e -> go(table, code, name, field.getText(), table.getSelectionModel().getSelectedIndex()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.requestFocus();
            }
        });
        return field;
    }

    private static <T> void go(TableView<T> table, Function<T, String> code, Function<T, String> name, String text, int after) {
        int found = next(table.getItems(), code, name, text, after);
        if (found >= 0) {
            table.getSelectionModel().clearAndSelect(found);
            table.scrollTo(Math.max(0, found - 2));
        }
    }

    /** The index of the first item after {@code after} (wrapping around) matching {@code query}; -1 when none. */
    public static <T> int next(List<T> items, Function<T, String> code, Function<T, String> name, String query, int after) {
        String q = VietnameseText.fold(query == null ? "" : query.strip());
        if (q.isEmpty() || items.isEmpty()) {
            return -1;
        }
        int n = items.size();
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod(after + k, n);
            T item = items.get(i);
            if (VietnameseText.fold(code.apply(item)).contains(q) || VietnameseText.fold(name.apply(item)).contains(q)) {
                return i;
            }
        }
        return -1;
    }
}
