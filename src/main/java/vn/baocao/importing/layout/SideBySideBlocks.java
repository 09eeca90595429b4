package vn.baocao.importing.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds side-by-side blocks: value columns grouped under top header labels that name a measure ("Tổng hợp",
 * "Sản lượng", "Chỉ số giá", "Giá trị SX giá 2010") rather than a period, an area or a column role. Only when a
 * sheet has two or more such groups is each one a block: every block is its own measure.
 */
final class SideBySideBlocks {
    private static final Pattern PERIOD_WORDS = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)|\\bthang\\b|\\bquy\\b"
            + "|\\bgiai doan\\b|\\bnam\\b|\\bluy ke\\b|\\bcung ky\\b|\\bnhiem ky\\b");
    private static final Pattern AREA_WORDS = Pattern.compile("^(uy ban nhan dan |ubnd )?(xa|phuong|thi tran|huyen"
            + "|thi xa|thanh pho|tinh|thon|toan huyen|toan xa|toan tinh)\\b");

    private SideBySideBlocks() {
    }

    static List<LayoutColumn> name(List<LayoutColumn> columns) {
        Set<String> blocks = new LinkedHashSet<>();
        java.util.Map<String, String> byTop = new java.util.HashMap<>(); // top label → block name or ""
        List<String> labels = new ArrayList<>(columns.size());
        for (LayoutColumn c : columns) {
            String b = null;
            if (c.role().isValue() && c.headerPath().size() >= 2) {
                b = byTop.computeIfAbsent(c.headerPath().get(0), top -> {
                    String label = blockLabel(top);
                    return label == null ? "" : label;
                });
                b = b.isEmpty() ? null : b;
            }
            labels.add(b);
            if (b != null) {
                blocks.add(b);
            }
        }
        if (blocks.size() < 2) {
            return columns;
        }
        List<LayoutColumn> named = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            LayoutColumn c = columns.get(i);
            named.add(c.role().isValue() ? c.withBlock(labels.get(i)) : c);
        }
        return named;
    }

    /** The top label of a value column's header when it names a measure, else null. */
    private static String blockLabel(String top) {
        String folded = TextFolding.fold(top);
        if (ColumnRoleClassifier.classifyLabel(top) != null || PERIOD_WORDS.matcher(folded).find()
                && !folded.contains("gia ") || AREA_WORDS.matcher(folded).find()) {
            return null;
        }
        return top;
    }
}
