package vn.baocao.importing.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.domain.MismatchChecker;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.ParsedNumber;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.importing.plan.DerivedColumns.Against;
import vn.baocao.importing.plan.DerivedColumns.Formula;
import vn.baocao.importing.plan.DerivedColumns.Operation;
import vn.baocao.importing.table.CellData;
import vn.baocao.importing.text.ImportText;

/**
 * Checks the cells of a derived column against its {@link Formula}, with the domain's as-written rules
 * ({@link MismatchChecker#percentAgrees}: within 0,05 point or half a unit of the last digit shown;
 * {@link MismatchChecker#amountAgrees}). A ratio column is read the way most of its rows agree with: as a percent
 * (TH/KH × 100 = 98,2), a growth (105,2 − 100 = 5,2) or a fraction (0,982); a colleague's wrong cell then stands out
 * instead of the whole column. What was written is turned into the as-written text the observation keeps
 * ("98,2%" of plan, "tăng 5,2%" on last year), so reports flag it again.
 */
final class DerivedChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a ratio column writes its numbers. */
    enum Form { INDEX, GROWTH, FRACTION, AMOUNT }

    /** One cell as written: its value and one unit of its last shown digit. */
    record Written(BigDecimal value, BigDecimal lastPlace, int decimals, String shown) {
        /** The cell as displayed, read as a number; null when it holds none. */
        static Written of(CellData cell) {
            String text = cell.text().strip();
            NumberParseResult r = VietnameseNumbers.parse(text);
            if (r.number() == null || (r.status() != NumberParseResult.Status.OK
                    && r.status() != NumberParseResult.Status.AMBIGUOUS)) {
                return null;
            }
            ParsedNumber n = r.number(); // a displayed number is vi-VN: "1,435" is one comma four three five
            return new Written(n.value(), n.lastWrittenPlace(), n.writtenDecimals(), text);
        }
    }

    /** The result of checking one cell. */
    record Result(boolean agrees, BigDecimal computed, String computedText) {
    }

    private final MismatchChecker checker = new MismatchChecker();
    private final Formula formula;
    private Form form;

    DerivedChecks(Formula formula) {
        this.formula = formula;
    }

    Formula formula() {
        return formula;
    }

    /** The forms a column of this formula may be written in, the header's reading first. */
    private List<Form> candidates() {
        if (formula.operation() == Operation.DIFFERENCE) {
            return List.of(Form.AMOUNT);
        }
        List<Form> forms = new ArrayList<>();
        if (formula.growthFirst()) {
            forms.add(Form.GROWTH);
        }
        forms.add(Form.INDEX);
        if (!formula.growthFirst() && formula.against() != Against.PLAN) {
            forms.add(Form.GROWTH);
        }
        forms.add(Form.FRACTION);
        return forms;
    }

    /**
     * Chooses the column's form from its rows: {@code rows} holds (written, left, right) per row with all three.
     */
    void chooseForm(List<BigDecimal[]> operands, List<Written> written) {
        Form best = null;
        int bestCount = -1;
        for (Form f : candidates()) {
            int count = 0;
            for (int i = 0; i < written.size(); i++) {
                BigDecimal c = compute(f, operands.get(i)[0], operands.get(i)[1]);
                count += c != null && agrees(f, written.get(i), c) ? 1 : 0;
            }
            if (count > bestCount) {
                best = f;
                bestCount = count;
            }
        }
        form = best;
    }

    Form form() {
        return form;
    }

    /** Checks one cell; null when the right operand is zero in a ratio (nothing to compare with). */
    Result check(Written written, BigDecimal left, BigDecimal right) {
        BigDecimal computed = compute(form, left, right);
        if (computed == null) {
            return null;
        }
        String text = VietnameseNumbers.formatTrimmed(computed, Math.max(written.decimals(),
                form == Form.FRACTION ? 4 : 2), vn.baocao.domain.RoundingPolicy.HALF_UP);
        return new Result(agrees(form, written, computed), computed, text);
    }

    private static BigDecimal compute(Form f, BigDecimal left, BigDecimal right) {
        if (f == Form.AMOUNT) {
            return left.subtract(right);
        }
        if (right.signum() == 0) {
            return null;
        }
        BigDecimal ratio = left.divide(right, MathContext.DECIMAL64);
        return switch (f) {
            case INDEX -> ratio.multiply(HUNDRED);
            case GROWTH -> ratio.multiply(HUNDRED).subtract(HUNDRED);
            default -> ratio;
        };
    }

    private boolean agrees(Form f, Written w, BigDecimal computed) {
        return switch (f) {
            case AMOUNT -> MismatchChecker.amountAgrees(w.value(), w.lastPlace(), computed);
            case FRACTION -> checker.percentAgrees(w.value().multiply(HUNDRED), w.lastPlace().multiply(HUNDRED),
                    computed.multiply(HUNDRED));
            default -> checker.percentAgrees(w.value(), w.lastPlace(), computed);
        };
    }

    /** The percent of plan as written ("98,2%"), for the figure's observation; null unless this is one. */
    String percentOfPlan(Written w) {
        if (formula.against() != Against.PLAN || form == Form.AMOUNT || form == Form.GROWTH) {
            return null;
        }
        return percent(w);
    }

    /** The change on last year as written ("tăng 5,2%", "giảm 12 người"); null unless this is one, or zero. */
    String changeOnLastYear(Written w, String unit) {
        if (formula.against() != Against.PREVIOUS) {
            return null;
        }
        BigDecimal change;
        int decimals = w.decimals();
        String suffix;
        switch (form) {
            case AMOUNT -> {
                change = w.value();
                suffix = unit.strip().equals("%") ? ImportText.get("derivedChecks.diem") : unit.isBlank() ? "" : " " + unit.strip();
            }
            case GROWTH -> {
                change = w.value();
                suffix = "%";
            }
            case INDEX -> {
                change = w.value().subtract(HUNDRED);
                suffix = "%";
            }
            default -> {
                change = w.value().multiply(HUNDRED).subtract(HUNDRED);
                decimals = Math.max(0, decimals - 2);
                suffix = "%";
            }
        }
        if (change.signum() == 0) {
            return null;
        }
        return (change.signum() > 0 ? ImportText.get("derivedChecks.tang") : ImportText.get("derivedChecks.giam")) + VietnameseNumbers.format(change.abs(), decimals) + suffix;
    }

    private String percent(Written w) {
        if (form == Form.FRACTION) {
            return VietnameseNumbers.format(w.value().multiply(HUNDRED), Math.max(0, w.decimals() - 2)) + "%";
        }
        return VietnameseNumbers.format(w.value(), w.decimals()) + "%";
    }

    /** "so sánh % (ƯTH 2024 / KH 2024)" for the coverage and messages. */
    String describe() {
        String what = switch (form == null ? Form.INDEX : form) {
            case AMOUNT -> ImportText.get("derivedChecks.chenhLech");
            case GROWTH -> ImportText.get("derivedChecks.tangTruong");
            case FRACTION -> ImportText.get("derivedChecks.tySo");
            default -> ImportText.get("derivedChecks.tyLe");
        };
        return what + " (" + formula.describe() + ")";
    }
}
