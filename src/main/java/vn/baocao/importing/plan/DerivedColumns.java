package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.Period;
import vn.baocao.importing.layout.ColumnRole;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.SheetLayout;
import vn.baocao.importing.layout.TextFolding;

/**
 * Works out how a derived column of a table is computed from two columns the import stores: from its formula in
 * the column-number row ("4=3/2", "(6)=(4)-(3)", "5 = 3 x 100/1"), else from its header ("So sánh %", "Ước/KH",
 * "% so cùng kỳ", "Chênh lệch", "Tốc độ tăng trưởng") and the nearest pair of columns to its left in the same
 * block (an actual and the plan of the same period, or an actual and the figure a year earlier). A column it
 * cannot work out (a BQGĐ rate, a forecast, a giai đoạn percent) stays skipped as derived.
 */
final class DerivedColumns {
    /** A ratio (shown as a percent, a growth or a fraction) or a difference of two columns. */
    enum Operation { RATIO, DIFFERENCE }

    /** What the right operand is to the left one: its plan, the same span a year earlier, or something else. */
    enum Against { PLAN, PREVIOUS, OTHER }

    /**
     * @param growthFirst the header says growth ("tăng trưởng", "tăng/giảm %"): a ratio is read as the change first
     */
    record Formula(Operation operation, ColumnPlan left, ColumnPlan right, Against against, boolean growthFirst) {
        /** "ƯTH 2024 / KH 2024": the most specific header label of each column. */
        String describe() {
            return leaf(left) + (operation == Operation.RATIO ? " / " : " − ") + leaf(right);
        }

        private static String leaf(ColumnPlan p) {
            String h = p.header();
            int cut = h.lastIndexOf(" / ");
            return (cut < 0 ? h : h.substring(cut + 3)) + " (" + p.letter() + ")";
        }
    }

    private static final Pattern FORMULA = Pattern.compile(
            "^\\(?\\d{1,2}\\)?\\s*=\\s*\\(?(\\d{1,2})\\)?\\s*([/:\\-])\\s*\\(?(\\d{1,2})\\)?$");
    private static final Pattern TIMES_HUNDRED = Pattern.compile("\\s*[x*]\\s*100\\b|\\b100\\s*[x*]\\s*");
    private static final Pattern NOT_COMPUTABLE = Pattern.compile(
            "\\bbq ?gd\\b|\\bbq\\b|binh quan|du bao|(19|20)\\d{2} ?- ?(19|20)\\d{2}");
    private static final Pattern SLASH_PAIR = Pattern.compile("\\b(uoc|uth|ukh|th|kh|ck)\\b ?(?:(?:19|20)\\d{2})? ?/ ?"
            + "(uoc|uth|ukh|th|kh|ck)\\b");
    private static final Pattern DIFFERENCE = Pattern.compile("chenh lech|\\+ ?/ ?-|tang ?/ ?giam|tang giam");
    private static final Pattern GROWTH = Pattern.compile("tang truong|toc do|tang ?/ ?giam|tang giam|\\+ ?/ ?-");

    private DerivedColumns() {
    }

    /** Formulas of the table's derived columns that can be worked out, by column index. */
    static Map<Integer, Formula> resolve(SheetLayout table, Map<Integer, ColumnPlan> plans) {
        Map<Integer, Formula> found = new HashMap<>();
        for (LayoutColumn col : table.valueColumns()) {
            if (col.role() != ColumnRole.COMPARISON) {
                continue;
            }
            Formula f = fromNumbers(col, table, plans);
            if (f == null) {
                f = fromHeader(col, table, plans);
            }
            if (f != null) {
                found.put(col.index(), f);
            }
        }
        return found;
    }

    /** "4=3/2": the operands are the columns numbered 3 and 2 in the column-number row. */
    private static Formula fromNumbers(LayoutColumn col, SheetLayout table, Map<Integer, ColumnPlan> plans) {
        String label = TIMES_HUNDRED.matcher(TextFolding.fold(col.number())).replaceAll("").replace('−', '-').strip();
        Matcher m = FORMULA.matcher(label);
        if (!m.matches()) {
            return null;
        }
        ColumnPlan left = numbered(m.group(1), table, plans);
        ColumnPlan right = numbered(m.group(3), table, plans);
        if (left == null || right == null) {
            return null;
        }
        Operation op = m.group(2).equals("-") ? Operation.DIFFERENCE : Operation.RATIO;
        return new Formula(op, left, right, against(left, right), GROWTH.matcher(folded(col)).find());
    }

    private static ColumnPlan numbered(String number, SheetLayout table, Map<Integer, ColumnPlan> plans) {
        for (LayoutColumn c : table.visibleColumns()) {
            String n = c.number().replace("(", "").replace(")", "").strip();
            if (n.equals(number)) {
                ColumnPlan p = plans.get(c.index());
                return p != null && p.slot() != null ? p : null;
            }
        }
        return null;
    }

    private static Formula fromHeader(LayoutColumn col, SheetLayout table, Map<Integer, ColumnPlan> plans) {
        String h = folded(col);
        if (NOT_COMPUTABLE.matcher(h).find()) {
            return null;
        }
        Operation op = DIFFERENCE.matcher(h).find() && !h.contains("%") ? Operation.DIFFERENCE : Operation.RATIO;
        boolean growth = op == Operation.RATIO && GROWTH.matcher(h).find();
        ColumnRole leftRole = null;
        Against wanted = null;
        Matcher pair = SLASH_PAIR.matcher(h);
        if (pair.find()) {
            leftRole = role(pair.group(1));
            wanted = pair.group(2).equals("kh") ? Against.PLAN : Against.PREVIOUS;
        } else if (h.contains("cung ky") || h.contains("nam truoc") || growth) {
            wanted = Against.PREVIOUS;
        } else if (h.matches(".*\\b(kh|ke hoach|nq|nghi quyet)\\b.*")) {
            wanted = Against.PLAN;
        }
        List<ColumnPlan> left = leftOf(col, table, plans);
        ColumnPlan[] found = null;
        if (wanted != Against.PREVIOUS) {
            found = nearestPair(left, leftRole, Against.PLAN);
        }
        if (found == null && wanted != Against.PLAN) {
            found = nearestPair(left, leftRole, Against.PREVIOUS);
        }
        return found == null ? null : new Formula(op, found[0], found[1], against(found[0], found[1]), growth);
    }

    private static String folded(LayoutColumn col) {
        return TextFolding.fold(String.join(" ", col.headerPath()));
    }

    private static ColumnRole role(String token) {
        return switch (token) {
            case "uoc", "uth", "ukh" -> ColumnRole.ESTIMATE;
            case "th" -> ColumnRole.ACTUAL;
            default -> null;
        };
    }

    /** The imported columns left of {@code col} in its block, nearest first. */
    private static List<ColumnPlan> leftOf(LayoutColumn col, SheetLayout table, Map<Integer, ColumnPlan> plans) {
        List<ColumnPlan> list = new ArrayList<>();
        for (LayoutColumn c : table.valueColumns()) {
            ColumnPlan p = plans.get(c.index());
            if (c.index() < col.index() && Objects.equals(c.block(), col.block()) && p != null && p.slot() != null) {
                list.add(0, p);
            }
        }
        return list;
    }

    /** The nearest figure column (of the role, when the header names one) with its partner, else null. */
    private static ColumnPlan[] nearestPair(List<ColumnPlan> left, ColumnRole leftRole, Against wanted) {
        for (ColumnPlan a : left) {
            if (a.slot().isTarget() || (leftRole != null && !hasRole(a, leftRole))) {
                continue;
            }
            for (ColumnPlan b : left) {
                if (b != a && against(a, b) == wanted) {
                    return new ColumnPlan[] {a, b};
                }
            }
        }
        return null;
    }

    private static boolean hasRole(ColumnPlan p, ColumnRole role) {
        boolean estimate = p.slot().kind() == vn.baocao.domain.ObservationKind.UOC;
        return role == ColumnRole.ESTIMATE ? estimate : !estimate;
    }

    /** PLAN: a figure and the plan of its period; PREVIOUS: a figure and one of the same span a year earlier. */
    static Against against(ColumnPlan left, ColumnPlan right) {
        if (left.slot().isTarget()) {
            return Against.OTHER;
        }
        Period lp = left.period();
        Period rp = right.period();
        if (right.slot().isTarget()) {
            return Objects.equals(lp, rp) ? Against.PLAN : Against.OTHER;
        }
        return lp != null && rp != null && lp.previousYear().equals(rp) ? Against.PREVIOUS : Against.OTHER;
    }
}
