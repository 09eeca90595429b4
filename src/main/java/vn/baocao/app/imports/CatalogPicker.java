package vn.baocao.app.imports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.domain.Indicator;
import vn.baocao.importing.plan.ImportQuestion;

/**
 * The searchable catalog list of one indicator question: the clerk types part of a name or code, moves with the
 * arrows and takes an indicator; the answer is set to its code, as if the code had been typed. The question's
 * other answers ("Thêm chỉ tiêu mới", "Không nhập dòng này") stay at the end of the list.
 */
public final class CatalogPicker {
    /**
     * One line of the list.
     *
     * @param value     the answer it gives: an indicator code, or one of the question's other choices
     * @param text      "LD01 — Số lao động được giải quyết việc làm (lao động)", or the choice's label
     * @param suggested whether the importer proposed it
     * @param indicator whether it is a catalog indicator (not another choice)
     */
    public record Item(String value, String text, boolean suggested, boolean indicator) {
    }

    private final IndicatorSearch search;
    private final QuestionRow row;
    private final List<ImportQuestion.Choice> others;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper matched = new ReadOnlyIntegerWrapper();

    public CatalogPicker(IndicatorSearch search, QuestionRow row) {
        this.search = search;
        this.row = row;
        this.others = row.question().choices().stream().filter(c -> search.indicator(c.value()).isEmpty()).toList();
        query.addListener((o, a, q) -> refresh());
        refresh();
    }

    private void refresh() {
        String suggested = row.suggested();
        IndicatorSearch.Result found = search.find(query.get(), suggested, IndicatorSearch.MAX_RESULTS);
        List<Item> list = new ArrayList<>(found.indicators().size() + others.size());
        boolean blank = query.get() == null || query.get().isBlank();
        ImportQuestion.Choice suggestedOther = others.stream().filter(c -> c.value().equals(suggested)).findFirst()
                .orElse(null);
        if (blank && suggestedOther != null) {
            list.add(new Item(suggestedOther.value(), suggestedOther.label(), true, false));
        }
        for (Indicator i : found.indicators()) {
            list.add(new Item(i.code(), IndicatorSearch.text(i), i.code().equals(suggested), true));
        }
        for (ImportQuestion.Choice c : others) {
            if (!(blank && c == suggestedOther)) {
                list.add(new Item(c.value(), c.label(), c.value().equals(suggested), false));
            }
        }
        items.setAll(list);
        matched.set(found.total());
        // when nothing in the catalog matches, Enter does not take "Thêm chỉ tiêu mới" by habit: the clerk moves to it
        selected.set(list.isEmpty() || (!blank && found.total() == 0) ? -1 : 0);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** The line Enter takes; -1 when the list is empty or no indicator matches what was typed. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selected.getReadOnlyProperty();
    }

    /** How many catalog indicators match the query (the list shows at most {@link IndicatorSearch#MAX_RESULTS}). */
    public ReadOnlyIntegerProperty matchedProperty() {
        return matched.getReadOnlyProperty();
    }

    public void select(int index) {
        if (index >= 0 && index < items.size()) {
            selected.set(index);
        }
    }

    /** Down arrow: the next line; stays on the last. */
    public void moveDown() {
        select(Math.min(items.size() - 1, selected.get() + 1));
    }

    /** Up arrow: the line before; stays on the first. */
    public void moveUp() {
        select(Math.max(0, selected.get() - 1));
    }

    /** Enter: the selected line becomes the answer. False when the list is empty. */
    public boolean pick() {
        int i = selected.get();
        if (i < 0 || i >= items.size()) {
            return false;
        }
        pick(items.get(i));
        return true;
    }

    /** A line clicked: its value becomes the question's answer, exactly as typing the code would. */
    public void pick(Item item) {
        row.answerProperty().set(item.value());
    }

    public QuestionRow row() {
        return row;
    }
}
