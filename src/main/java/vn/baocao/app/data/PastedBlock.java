package vn.baocao.app.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A block copied from Excel: lines separated by newlines, cells by tabs. A trailing empty line is Excel's, dropped. */
public record PastedBlock(List<List<String>> rows) {

    public PastedBlock {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static PastedBlock parse(String clipboard) {
        if (clipboard == null || clipboard.isEmpty()) {
            return new PastedBlock(List.of());
        }
        String text = clipboard.replace("\r\n", "\n").replace('\r', '\n');
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(Arrays.stream(line.split("\t", -1)).map(PastedBlock::unquote).toList());
        }
        return new PastedBlock(rows);
    }

    /** Excel quotes a cell that holds a line break or a quote. */
    private static String unquote(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            return c.substring(1, c.length() - 1).replace("\"\"", "\"");
        }
        return c;
    }

    /** The first cell of every line: the values pasted into the one editable column. */
    public List<String> firstColumn() {
        return rows.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    }

    public boolean hasSeveralColumns() {
        return rows.stream().anyMatch(r -> r.size() > 1);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
