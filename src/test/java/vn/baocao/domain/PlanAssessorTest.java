package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PlanAssessorTest {

    private static final PlanAssessor HUNDRED = new PlanAssessor(AssessmentOptions.defaults());
    private static final PlanAssessor PLAN_OVER_ACTUAL =
            new PlanAssessor(AssessmentOptions.defaults().withCeilingMode(CeilingPercentMode.PLAN_OVER_ACTUAL));

    private static BigDecimal dec(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    /**
     * percent columns: the expected percent rounded half-up to 2 decimals in each ceiling mode; empty = no percent.
     */
    @ParameterizedTest(name = "{0} {1} plan {2}/{3} actual {4} prev {5} → {6} {7}/{8}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
            // dir | cmp      | plan  | high | actual | prev | verdict        | pct (100 mode) | pct (plan/actual mode)
            "UP    | EQ       | 3     |      | 3      |      | DAT            | 100.00 | 100.00",
            "UP    | EQ       | 1905  |      | 2230   |      | VUOT           | 117.06 | 117.06",
            "UP    | EQ       | 3     |      | 2      |      | KHONG_DAT      | 66.67  | 66.67",
            "UP    | GE       | 3500  |      | 2278   |      | KHONG_DAT      | 65.09  | 65.09",
            "UP    | GE       | 98.9  |      | 98.9   |      | DAT            | 100.00 | 100.00",
            "UP    | GE       | 2248  |      | 1072   |      | KHONG_DAT      | 47.69  | 47.69",
            "UP    | GT       | 91.6  |      | 91.6   |      | KHONG_DAT      | 100.00 | 100.00",
            "UP    | GT       | 91.6  |      | 92     |      | VUOT           | 100.44 | 100.44",
            "UP    | LE       | 5     |      | 3      |      | KHONG_DANH_GIA | 60.00  | 60.00",
            "UP    | LT       | 5     |      | 6      |      | KHONG_DANH_GIA | 120.00 | 120.00",
            "UP    | RANGE    | 6.6   | 6.8  | 6.7    |      | DAT            |        |",
            "UP    | RANGE    | 6.6   | 6.8  | 6.9    |      | VUOT           |        |",
            "UP    | RANGE    | 6.6   | 6.8  | 6.5    |      | KHONG_DAT      |        |",
            "UP    | RANGE    | 60    | 62   | 62     |      | DAT            |        |",
            "UP    | APPROX   | 4     |      | 4.1    |      | DAT            |        |",
            "UP    | APPROX   | 4     |      | 5      |      | VUOT           |        |",
            "UP    | APPROX   | 4     |      | 3      |      | KHONG_DAT      |        |",
            "UP    | APPROX   | 4     | 1    | 3.5    |      | DAT            |        |",
            "UP    | MAINTAIN | 100   |      | 100    | 100  | DAT            |        |",
            "UP    | MAINTAIN |       |      | 99     | 100  | KHONG_DAT      |        |",
            "UP    | MAINTAIN | 100   |      | 100    |      | DAT            |        |",
            "UP    | MAINTAIN |       |      | 100    |      | THIEU_SO_LIEU  |        |",
            "UP    | STATUS   |       |      | 1      |      | DAT            |        |",
            "UP    | STATUS   |       |      | 0      |      | KHONG_DAT      |        |",
            "DOWN  | EQ       | 25.93 |      | 25.5   |      | VUOT           | 100.00 | 101.69",
            "DOWN  | LE       | 1.5   |      | 1.48   |      | VUOT           | 100.00 | 101.35",
            "DOWN  | LE       | 1.48  |      | 1.48   |      | DAT            | 100.00 | 100.00",
            "DOWN  | LE       | 19    |      | 20     |      | KHONG_DAT      | 95.00  | 95.00",
            "DOWN  | LT       | 3     |      | 3      |      | KHONG_DAT      | 100.00 | 100.00",
            "DOWN  | LT       | 3     |      | 2      |      | VUOT           | 100.00 | 150.00",
            "DOWN  | GE       | 3     |      | 2      |      | KHONG_DANH_GIA |        |",
            "DOWN  | GT       | 3     |      | 2      |      | KHONG_DANH_GIA |        |",
            "DOWN  | RANGE    | 1     | 1.5  | 0.9    |      | VUOT           |        |",
            "DOWN  | RANGE    | 1     | 1.5  | 1.6    |      | KHONG_DAT      |        |",
            "DOWN  | APPROX   | 4     |      | 2.79   |      | VUOT           |        |",
            "DOWN  | MAINTAIN |       |      | 4      | 5    | DAT            |        |",
            "DOWN  | MAINTAIN |       |      | 6      | 5    | KHONG_DAT      |        |",
            "DOWN  | STATUS   |       |      | 1      |      | DAT            |        |",
            "DOWN  | LE       | 0     |      | 0      |      | DAT            | 100.00 |",
            "DOWN  | LE       | 0     |      | 2      |      | KHONG_DAT      | 0.00   | 0.00",
            "DOWN  | LE       | 2     |      | 0      |      | VUOT           | 100.00 |",
            "NONE  | GE       | 100   |      | 50     |      | KHONG_DANH_GIA | 50.00  | 50.00",
            "NONE  | LE       | 100   |      | 50     |      | KHONG_DANH_GIA | 50.00  | 50.00",
            "NONE  | RANGE    | 1     | 2    | 5      |      | KHONG_DANH_GIA |        |",
            "NONE  | STATUS   |       |      | 1      |      | KHONG_DANH_GIA |        |",
    })
    void everyDirectionAndComparator(Direction direction, Comparator comparator, String plan, String high, String actual,
                                     String previous, Verdict verdict, String pctHundred, String pctPlanOverActual) {
        Assessment a = HUNDRED.assess(direction, comparator, dec(plan), dec(high), dec(actual), dec(previous));
        Assessment b = PLAN_OVER_ACTUAL.assess(direction, comparator, dec(plan), dec(high), dec(actual), dec(previous));

        assertThat(a.verdict()).as(a.reason()).isEqualTo(verdict);
        assertThat(b.verdict()).isEqualTo(verdict);
        assertThat(a.reason()).isNotBlank();
        assertPercent(a, pctHundred);
        assertPercent(b, pctPlanOverActual);
    }

    private static void assertPercent(Assessment a, String expected) {
        if (expected == null) {
            assertThat(a.percent()).isNull();
        } else {
            assertThat(a.roundedPercent(RoundingPolicy.HALF_UP, 2)).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Comparator.class)
    void missingActualIsThieuSoLieuForEveryComparator(Comparator comparator) {
        Assessment a = HUNDRED.assess(Direction.UP, comparator, BigDecimal.TEN, BigDecimal.ONE, null, BigDecimal.ONE);
        assertThat(a.verdict()).isEqualTo(Verdict.THIEU_SO_LIEU);
        assertThat(a.percent()).isNull();
        assertThat(a.reason()).isEqualTo("Chưa có số thực hiện.");
    }

    @ParameterizedTest
    @EnumSource(value = Comparator.class, names = {"EQ", "GE", "GT", "LE", "LT", "RANGE", "APPROX"})
    void missingPlanIsThieuSoLieu(Comparator comparator) {
        assertThat(HUNDRED.assess(Direction.DOWN, comparator, null, null, BigDecimal.ONE, null).verdict())
                .isEqualTo(Verdict.THIEU_SO_LIEU);
        assertThat(HUNDRED.assess(Direction.UP, comparator, null, null, BigDecimal.ONE, null).verdict())
                .isEqualTo(Verdict.THIEU_SO_LIEU);
    }

    @Test
    void zeroPlanForHigherIsBetterCannotGiveAPercent() {
        Assessment a = HUNDRED.assess(Direction.UP, Comparator.GE, BigDecimal.ZERO, null, BigDecimal.TEN, null);
        assertThat(a.verdict()).isEqualTo(Verdict.THIEU_SO_LIEU);
        assertThat(a.percent()).isNull();
        assertThat(a.reason()).contains("Kế hoạch bằng 0");
    }

    @Test
    void seedJobsAgainstTwoPlans() {
        Indicator jobs = new Indicator("LD01", "Số lao động được giải quyết việc làm", "lao động", "LĐ-TB&XH",
                IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
        Period y = Period.year(2023);
        Observation actual = Observation.of("LD01", "XINMAN", y, new BigDecimal("2278"));
        Target huyen = new Target("LD01", "XINMAN", y, Issuer.HUYEN_GIAO, Comparator.GE, new BigDecimal("3500"), null, null);
        Target tinh = new Target("LD01", "XINMAN", y, Issuer.TINH_GIAO, Comparator.GE, new BigDecimal("1511"), null, null);

        Assessment vsHuyen = HUNDRED.assess(jobs, huyen, actual, null);
        Assessment vsTinh = HUNDRED.assess(jobs, tinh, actual, null);

        assertThat(vsHuyen.verdict()).isEqualTo(Verdict.KHONG_DAT);
        assertThat(vsHuyen.roundedPercent(RoundingPolicy.TRUNCATE, 2)).isEqualByComparingTo("65.08");
        assertThat(vsTinh.verdict()).isEqualTo(Verdict.VUOT);
        assertThat(vsTinh.percentText(AssessmentOptions.defaults())).isEqualTo("150,76%");
    }

    @Test
    void lowerIsBetterCeilingMetShowsHundredLikeSeed004() {
        Indicator growth = new Indicator("DS03", "Tỷ lệ tăng dân số tự nhiên", "%", "Dân số", IndicatorKind.RATE,
                Direction.DOWN, 2, null, null, null);
        Period y = Period.year(2023);
        Target nq = new Target("DS03", "XINMAN", y, Issuer.NQ_HDND, Comparator.LE, new BigDecimal("1.5"), null, "dưới 1,5%");
        Observation actual = Observation.of("DS03", "XINMAN", y, new BigDecimal("1.48"));

        Assessment a = HUNDRED.assess(growth, nq, actual, null);
        assertThat(a.verdict()).isEqualTo(Verdict.VUOT);
        assertThat(a.ceiling()).isTrue();
        assertThat(a.percentText(AssessmentOptions.defaults())).isEqualTo("100%");
        assertThat(a.reason()).isEqualTo("Thực hiện 1,48 < mức trần ≤ 1,5 (chỉ tiêu càng thấp càng tốt: đạt).");
    }

    @Test
    void contradictoryFormsExplainThemselves() {
        assertThat(HUNDRED.assess(Direction.UP, Comparator.LE, BigDecimal.TEN, null, BigDecimal.ONE, null).reason())
                .isEqualTo("Chỉ tiêu càng cao càng tốt nhưng kế hoạch là mức trần (≤ 10): kiểm tra lại chiều của chỉ tiêu hoặc dạng kế hoạch.");
        assertThat(HUNDRED.assess(Direction.DOWN, Comparator.GE, BigDecimal.TEN, null, BigDecimal.ONE, null).reason())
                .contains("mức sàn (≥ 10)");
    }

    @Test
    void verdictLabels() {
        assertThat(Verdict.VUOT.label()).isEqualTo("Vượt");
        assertThat(Verdict.KHONG_DAT.label()).isEqualTo("Không đạt");
        assertThat(Verdict.THIEU_SO_LIEU.label()).isEqualTo("Thiếu số liệu");
        assertThat(Verdict.DAT.isMet()).isTrue();
        assertThat(Verdict.KHONG_DANH_GIA.isAssessed()).isFalse();
    }

    @Test
    void approxToleranceComesFromOptions() {
        PlanAssessor wide = new PlanAssessor(AssessmentOptions.defaults().withApproxRelativeTolerance(new BigDecimal("0.5")));
        assertThat(wide.assess(Direction.UP, Comparator.APPROX, BigDecimal.valueOf(4), null, BigDecimal.valueOf(3), null).verdict())
                .isEqualTo(Verdict.DAT);
    }
}
