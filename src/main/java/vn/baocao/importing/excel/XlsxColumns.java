package vn.baocao.importing.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xml.sax.SAXException;

/**
 * The {@code <col min max hidden style>} definitions of a sheet: which columns are hidden and which style a cell
 * without its own style takes from its column. POI merges overlapping definitions in a way of its own
 * (ColumnHelper.cleanColumns); overlapping ones are therefore left to POI.
 */
final class XlsxColumns {
    private record Range(long min, long max, boolean hidden, int style) {
    }

    private final List<Range> ranges = new ArrayList<>();
    private boolean sorted = true;

    /** Adds one {@code <col>}; min and max are 1-based as in the file. */
    void add(long min, long max, boolean hidden, long style) throws SAXException {
        if (min < 1 || max < min || style > Integer.MAX_VALUE) {
            throw new SAXException("odd column definition " + min + ".." + max);
        }
        ranges.add(new Range(min, max, hidden, (int) style));
        sorted = false;
    }

    /** Sorts the definitions once all are read; overlapping ones go to POI. */
    void seal() throws SAXException {
        if (sorted) {
            return;
        }
        ranges.sort(Comparator.comparingLong(Range::min));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).min() <= ranges.get(i - 1).max()) {
                throw new SAXException("overlapping column definitions");
            }
        }
        sorted = true;
    }

    boolean isHidden(int column) {
        Range range = find(column);
        return range != null && range.hidden();
    }

    /** The style index a cell without {@code s} uses: its column's style, else 0 (like XSSFSheet.getColumnStyle). */
    int style(int column) {
        Range range = find(column);
        return range == null ? 0 : range.style();
    }

    private Range find(int column) {
        long oneBased = column + 1L;
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Range range = ranges.get(mid);
            if (oneBased < range.min()) {
                high = mid - 1;
            } else if (oneBased > range.max()) {
                low = mid + 1;
            } else {
                return range;
            }
        }
        return null;
    }
}
