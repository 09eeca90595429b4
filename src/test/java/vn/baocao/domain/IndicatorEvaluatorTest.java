package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorEvaluatorTest {
    private final Period y2023 = Period.year(2023);
    private final IndicatorEvaluator evaluator = new IndicatorEvaluator(AssessmentOptions.defaults());
    private final Indicator jobs = new Indicator("LD01", "Số lao động được giải quyết việc làm", "lao động", "LĐ",
            IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
    private final Indicator rate = new Indicator("GD07", "Tỷ lệ tốt nghiệp THPT", "%", "GD", IndicatorKind.RATE,
            Direction.UP, 2, null, null, null);

    @Test
    void theChosenIssuersTargetDecidesTheAssessmentAndTheBand() {
        List<Target> targets = List.of(target(Issuer.HUYEN_GIAO, "3500", null), target(Issuer.TINH_GIAO, "1511", null));
        Observation actual = obs("2278", null);
        IndicatorEvaluation huyen = evaluator.evaluate(jobs, Issuer.HUYEN_GIAO, targets, actual, null);
        IndicatorEvaluation tinh = evaluator.evaluate(jobs, Issuer.TINH_GIAO, targets, actual, null);
        assertThat(huyen.band().label()).isEqualTo("đạt từ 50 đến dưới 80% kế hoạch");
        assertThat(tinh.band().label()).isEqualTo("đạt và vượt kế hoạch");
        IndicatorEvaluation none = evaluator.evaluate(jobs, Issuer.NQ_HDND, targets, actual, null);
        assertThat(none.assigned()).isFalse();
        assertThat(none.assessment()).isNull();
    }

    @Test
    void aWrittenPercentIsCheckedAgainstTheOtherIssuersPlanWhenTheChosenOneHasNone() {
        Observation actual = obs("2765", "đạt 86,18%");
        IndicatorEvaluation row = evaluator.evaluate(jobs, Issuer.NQ_HDND, List.of(target(Issuer.UBND_GIAO, "3198", null)),
                actual, null);
        assertThat(row.flags()).extracting(MismatchFlag::message).containsExactly("Tỷ lệ % kế hoạch ghi 86,18% nhưng tính được 86,46%.");
        IndicatorEvaluation agreeing = evaluator.evaluate(jobs, Issuer.NQ_HDND,
                List.of(target(Issuer.UBND_GIAO, "9999", null), target(Issuer.HUYEN_GIAO, "3208", null)), obs("2765", "đạt 86,19%"), null);
        assertThat(agreeing.flags()).isEmpty();
    }

    @Test
    void aMalformedPlanTextIsFlaggedButWordsAroundAFigureAreNot() {
        IndicatorEvaluation typo = evaluator.evaluate(jobs, Issuer.NQ_HDND, List.of(target(Issuer.NQ_HDND, "70396", "70.3396")),
                obs("70396", null), null);
        assertThat(typo.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.PLAN_TEXT);
            assertThat(f.written()).isEqualTo("70.3396");
        });
        IndicatorEvaluation words = evaluator.evaluate(jobs, Issuer.NQ_HDND,
                List.of(target(Issuer.NQ_HDND, "2000", "2.000 trở lên (ngầm định 1.9)")), obs("2100", null), null);
        assertThat(words.flags()).isEmpty();
    }

    @Test
    void aRateThatDisagreesWithItsNumeratorAndDenominatorIsFlagged() {
        Observation graduates = new Observation("GD07", "H", y2023, ObservationKind.THUC_HIEN, new BigDecimal("93.88"),
                Qualifier.NONE, new BigDecimal("336"), new BigDecimal("369"), null, null, null, null, "test");
        IndicatorEvaluation row = evaluator.evaluate(rate, Issuer.NQ_HDND, List.of(), graduates, null);
        assertThat(row.flags()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Tỷ lệ ghi 93,88% nhưng 336/369 = 91,06%."));
        Observation rounded = new Observation("GD07", "H", y2023, ObservationKind.THUC_HIEN, new BigDecimal("56"),
                Qualifier.NONE, new BigDecimal("105"), new BigDecimal("187"), null, null, null, null, "test");
        assertThat(evaluator.evaluate(rate, Issuer.NQ_HDND, List.of(), rounded, null).flags()).isEmpty();
    }

    @Test
    void theMostFinalFigureSpeaksForThePeriodAndRowsWithoutFactsAreSkipped() {
        Observation estimate = new Observation("LD01", "H", y2023, ObservationKind.UOC, new BigDecimal("2000"),
                null, null, null, null, null, null, null, "test");
        Observation actual = obs("2278", null);
        List<IndicatorEvaluation> rows = evaluator.evaluate(List.of(jobs, rate), Issuer.NQ_HDND, List.of(),
                List.of(estimate, actual), List.of());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.actual().value()).isEqualByComparingTo("2278"));
    }

    private Target target(Issuer issuer, String value, String text) {
        return new Target("LD01", "H", y2023, issuer, Comparator.GE, new BigDecimal(value), null, text);
    }

    private Observation obs(String value, String pctWritten) {
        return new Observation("LD01", "H", y2023, ObservationKind.THUC_HIEN, new BigDecimal(value), null, null, null,
                null, pctWritten, null, null, "test");
    }
}
