package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/**
 * Compares figures as a document wrote them with what the stored facts give. Seed 004 alone has 20+ such
 * disagreements; finding them is the point, so every disagreement becomes a flag with a Vietnamese message.
 *
 * <p>Percents (of plan, and relative or point changes) disagree when they differ by more than
 * {@link AssessmentOptions#percentTolerance()} (0,05 point by default) and by more than half a unit of the last
 * written digit ("98%" is right for 98,3%; "98,0%" is not). Absolute changes disagree when they differ by one
 * unit of the last written digit or more ("961 người" must be 961; "38,4 nghìn" may be 38.350–38.449).
 * The import checks a spreadsheet's comparison columns with the same two rules ({@link #percentAgrees},
 * {@link #amountAgrees}).
 */
public final class MismatchChecker {

    private static final Pattern PERCENT_IN_TEXT = Pattern.compile("(?<![\\d.,])([+\\-−]?\\d(?:[\\d.,]*\\d)?)\\s*%");
    private static final Pattern EXCESS_WORD = Pattern.compile("(?<!\\p{L})vượt(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ACHIEVED_WORD = Pattern.compile("(?<!\\p{L})đạt(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final AssessmentOptions options;

    public MismatchChecker(AssessmentOptions options) {
        this.options = options;
    }

    public MismatchChecker() {
        this(AssessmentOptions.defaults());
    }

    /** Percent of plan as written ("so với Nghị quyết đạt 65,08%") against the assessment's percent. */
    public List<MismatchFlag> checkPercentOfPlan(String written, Assessment computed) {
        return checkPercentOfPlan(written, computed == null ? null : computed.percent());
    }

    /**
     * Percent of plan as written against a computed percent (unrounded). The first "…%" in the text is read.
     * "vượt kế hoạch 0,4%" (no "đạt" before it) is read as the excess over the plan and compared with computed − 100.
     */
    public List<MismatchFlag> checkPercentOfPlan(String written, BigDecimal computedPercent) {
        List<MismatchFlag> flags = new ArrayList<>();
        if (written == null || written.isBlank()) {
            return flags;
        }
        String text = VietnameseNumbers.normalize(written);
        Matcher m = PERCENT_IN_TEXT.matcher(text);
        if (!m.find()) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.UNREADABLE, text,
                    DomainText.get("mismatchChecker.khongTimThayTy", text)));
            return flags;
        }
        String shown = m.group(1) + "%";
        NumberParseResult parsed = VietnameseNumbers.parse(shown);
        if (parsed.number() == null) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.UNREADABLE, shown,
                    DomainText.get("mismatchChecker.tyLeKeHoach", shown, parsed.message())));
            return flags;
        }
        BigDecimal writtenPct = parsed.number().value();
        if (computedPercent == null) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.NOT_VERIFIABLE, shown,
                    DomainText.get("mismatchChecker.tyLeKeHoach2", shown)));
            return flags;
        }
        String before = text.substring(0, m.start());
        if (EXCESS_WORD.matcher(before).find() && !ACHIEVED_WORD.matcher(before).find()) {
            BigDecimal excess = computedPercent.subtract(VietnameseNumbers.HUNDRED);
            if (!percentAgrees(writtenPct, parsed.number().lastWrittenPlace(), excess)) {
                flags.add(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.EXCESS_OVER_PLAN, shown,
                        DomainText.get("mismatchChecker.ghiVuotKeHoach", shown, options.percentText(computedPercent), options.percentText(excess))));
            } else {
                flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.EXCESS_OVER_PLAN, shown,
                        DomainText.get("mismatchChecker.vuotLaPhanVuot", shown, options.percentText(computedPercent))));
            }
            return flags;
        }
        if (!percentAgrees(writtenPct, parsed.number().lastWrittenPlace(), computedPercent)) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.PERCENT_OF_PLAN, shown,
                    DomainText.get("mismatchChecker.tyLeKeHoach3", shown, options.percentText(computedPercent))));
        }
        return flags;
    }

    /**
     * The change as written ("so với cùng kỳ năm trước giảm 14,1%", "tăng 961 người", "không tăng") against the computed
     * change. For a rate, a "%" equal to the point change is reported as legacy wording (INFO) when the options ask for
     * "điểm %"; with {@link ChangeWording#LEGACY_PERCENT} that wording is the office's convention and is accepted.
     *
     * @param unit the indicator's unit, used in messages ("người")
     * @param valueDecimals the indicator's decimals, used in messages
     */
    public List<MismatchFlag> checkChange(String written, YearOnYearChange computed, String unit, int valueDecimals) {
        List<MismatchFlag> flags = new ArrayList<>();
        if (written == null || written.isBlank()) {
            return flags;
        }
        List<WrittenChange> changes = WrittenChange.parseAll(written);
        if (changes.isEmpty()) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.UNREADABLE, written,
                    DomainText.get("mismatchChecker.khongTimThayMuc", VietnameseNumbers.normalize(written))));
            return flags;
        }
        if (computed == null) {
            flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.NOT_VERIFIABLE, written,
                    DomainText.get("mismatchChecker.khongKiemTraDuoc", VietnameseNumbers.normalize(written))));
            return flags;
        }
        for (WrittenChange w : changes) {
            checkOne(w, computed, unit, valueDecimals, flags);
        }
        return flags;
    }

    /** Both checks for one observation, using its {@code pctAsWritten} and {@code changeAsWritten}. */
    public List<MismatchFlag> check(Observation observation, Assessment assessment, YearOnYearChange change,
                                    String unit, int valueDecimals) {
        List<MismatchFlag> flags = new ArrayList<>(checkPercentOfPlan(observation.pctAsWritten(), assessment));
        flags.addAll(checkChange(observation.changeAsWritten(), change, unit, valueDecimals));
        return flags;
    }

    private void checkOne(WrittenChange w, YearOnYearChange c, String unit, int valueDecimals, List<MismatchFlag> flags) {
        String quoted = "\"" + w.text() + "\"";
        String computedText = computedText(c, unit, valueDecimals);
        switch (w.kind()) {
            case UNREADABLE -> flags.add(new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.UNREADABLE, w.text(),
                    DomainText.get("mismatchChecker.mucThayDoiGhi", quoted, w.problem())));
            case ZERO -> {
                ChangeDirection actual = c.direction();
                boolean contradicts = w.direction() == ChangeDirection.KHONG_DOI ? actual != ChangeDirection.KHONG_DOI
                        : actual == w.direction();
                if (contradicts) {
                    flags.add(direction(w, DomainText.get("mismatchChecker.ghiNhungTinhDuoc", quoted, computedText)));
                }
            }
            default -> {
                if (w.direction() != c.direction()) {
                    flags.add(direction(w, DomainText.get("mismatchChecker.mucThayDoiGhi2", quoted, computedText)));
                    return;
                }
                checkMagnitude(w, c, quoted, computedText, flags);
            }
        }
    }

    private void checkMagnitude(WrittenChange w, YearOnYearChange c, String quoted, String computedText, List<MismatchFlag> flags) {
        BigDecimal absolute = c.absolute().abs();
        BigDecimal relative = c.relative() == null ? null : c.relative().abs();
        switch (w.kind()) {
            case PERCENT -> {
                boolean matchesRelative = relative != null && percentAgrees(w.magnitude(), w.lastWrittenPlace(), relative);
                boolean matchesPoints = c.rate() && percentAgrees(w.magnitude(), w.lastWrittenPlace(), absolute);
                if (matchesRelative) {
                    return;
                }
                if (matchesPoints) {
                    if (options.changeWording() == ChangeWording.POINTS) {
                        flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.POINTS_WRITTEN_AS_PERCENT, w.text(),
                                DomainText.get("mismatchChecker.laMucThayDoi", quoted, pct(c.previous()), pct(c.current()), (relative == null ? "" : DomainText.get("mismatchChecker.khongPhaiTuongDoi", c.describeRelative(options.percentDecimals(), options.rounding()))), c.describePoints(ChangeWording.POINTS, options.percentDecimals(), options.rounding()))));
                    }
                    return;
                }
                if (relative == null && !c.rate()) {
                    flags.add(new MismatchFlag(MismatchFlag.Severity.INFO, MismatchFlag.Kind.NOT_VERIFIABLE, w.text(),
                            DomainText.get("mismatchChecker.khongKiemTraDuoc2", quoted)));
                    return;
                }
                flags.add(magnitude(w, DomainText.get("mismatchChecker.mucThayDoiGhi2", quoted, computedText)));
            }
            case POINTS -> {
                if (!percentAgrees(w.magnitude(), w.lastWrittenPlace(), absolute)) {
                    flags.add(magnitude(w, DomainText.get("mismatchChecker.mucThayDoiGhi2", quoted, computedText)));
                }
            }
            case ABSOLUTE -> {
                if (!amountAgrees(w.magnitude(), w.lastWrittenPlace(), absolute)) {
                    flags.add(magnitude(w, DomainText.get("mismatchChecker.mucThayDoiGhi2", quoted, computedText)));
                }
            }
            default -> {
                // DIRECTION_ONLY: the direction already agreed
            }
        }
    }

    /** The computed change in the correct wording, with the relative change for a rate so both readings are visible. */
    private String computedText(YearOnYearChange c, String unit, int valueDecimals) {
        AssessmentOptions pointsWording = options.withChangeWording(ChangeWording.POINTS);
        String text = c.describe(pointsWording, unit, valueDecimals);
        if (c.rate() && c.relative() != null && c.direction() != ChangeDirection.KHONG_DOI) {
            text += DomainText.get("mismatchChecker.tuongDoi", c.describeRelative(options.percentDecimals(), options.rounding()));
        }
        return text;
    }

    /**
     * Whether a percent (or percent point) as written agrees with the computed one: within the tolerance, or within
     * half a unit of the last written digit ({@code lastWrittenPlace} 1 for "98%", 0,1 for "98,0%"; null = exact).
     */
    public boolean percentAgrees(BigDecimal written, BigDecimal lastWrittenPlace, BigDecimal computed) {
        BigDecimal allowed = options.percentTolerance();
        if (lastWrittenPlace != null) {
            allowed = allowed.max(lastWrittenPlace.divide(BigDecimal.valueOf(2)));
        }
        return written.subtract(computed).abs().compareTo(allowed) <= 0;
    }

    /** Whether an amount as written ("tăng 961 người", a difference column) agrees: less than one written unit off. */
    public static boolean amountAgrees(BigDecimal written, BigDecimal lastWrittenPlace, BigDecimal computed) {
        return written.subtract(computed).abs().compareTo(lastWrittenPlace) < 0;
    }

    private String pct(BigDecimal v) {
        return VietnameseNumbers.formatPercentTrimmed(v, options.percentDecimals(), options.rounding());
    }

    private static MismatchFlag direction(WrittenChange w, String message) {
        return new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.CHANGE_DIRECTION, w.text(), message);
    }

    private static MismatchFlag magnitude(WrittenChange w, String message) {
        return new MismatchFlag(MismatchFlag.Severity.WARNING, MismatchFlag.Kind.CHANGE_MAGNITUDE, w.text(), message);
    }
}
