package vn.baocao.app.report;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The clerk's blocks of the report on the page, with the edits the page offers (add, remove, move). */
final class BodyBlocks implements PageEditor.PageActions {
    private final ObservableList<BodyBlock> blocks = FXCollections.observableArrayList();
    private final ObservableList<String> problems;

    /** @param problems the placeholder problems of the last composition, shown under the page */
    BodyBlocks(ObservableList<String> problems) {
        this.problems = problems;
    }

    @Override
    public ObservableList<BodyBlock> blocks() {
        return blocks;
    }

    @Override
    public ObservableList<String> problems() {
        return problems;
    }

    /** Adds an empty paragraph after {@code index} (or at the end) and returns its position. */
    @Override
    public int addParagraph(int index) {
        int at = index < 0 || index >= blocks.size() ? blocks.size() : index + 1;
        blocks.add(at, BodyBlock.paragraph(""));
        return at;
    }

    @Override
    public void removeBlock(int index) {
        if (index >= 0 && index < blocks.size()) {
            blocks.remove(index);
        }
    }

    /** Moves a block up (-1) or down (+1); returns its new position. */
    @Override
    public int moveBlock(int index, int step) {
        int to = index + step;
        if (index < 0 || index >= blocks.size() || to < 0 || to >= blocks.size()) {
            return index;
        }
        BodyBlock b = blocks.remove(index);
        blocks.add(to, b);
        return to;
    }
}
