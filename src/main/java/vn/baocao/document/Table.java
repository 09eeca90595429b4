package vn.baocao.document;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.text.DocumentText;

/**
 * A table with thin borders. The header rows are bold, centred and repeated at the top of every page
 * the table runs onto.
 *
 * @param keepWithNext indexes (in {@code rows}) of rows printed on the same page as the row after them: a group
 *                     row ("I  Giáo dục và Đào tạo") is never left alone at the foot of a page
 */
public record Table(List<TableColumn> columns, List<List<RichText>> headerRows, List<List<RichText>> rows,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                    List<Integer> keepWithNext)
        implements Block {

    public Table(List<TableColumn> columns, List<List<RichText>> headerRows, List<List<RichText>> rows) {
        this(columns, headerRows, rows, List.of());
    }

    public Table {
        columns = TextNormalizer.list(columns);
        headerRows = copy(headerRows);
        rows = copy(rows);
        keepWithNext = keepWithNext == null ? List.of() : List.copyOf(keepWithNext);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(DocumentText.get("table.bangPhaiCoIt"));
        }
        for (List<RichText> row : concat(headerRows, rows)) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(DocumentText.get("table.hangCuaBangCo", row.size(), columns.size()));
            }
        }
    }

    private static List<List<RichText>> copy(List<List<RichText>> rows) {
        List<List<RichText>> out = new ArrayList<>();
        if (rows != null) {
            for (List<RichText> row : rows) {
                out.add(TextNormalizer.list(row));
            }
        }
        return List.copyOf(out);
    }

    private static List<List<RichText>> concat(List<List<RichText>> a, List<List<RichText>> b) {
        List<List<RichText>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Whether body row {@code index} stays on the page of the row after it. */
    public boolean keepsWithNext(int index) {
        return keepWithNext.contains(index) && index + 1 < rows.size();
    }

    /** The column widths as fractions of the table width, summing to 1. */
    public double[] widthFractions() {
        double total = 0;
        for (TableColumn c : columns) {
            total += c.weight();
        }
        double[] out = new double[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).weight() / total;
        }
        return out;
    }
}
