package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;

/** Every sentence form of spec/indicators.md §13. */
class IndicatorSentencesTest {
    static final Period Y2023 = Period.year(2023);
    static final Indicator JOBS = new Indicator("LD01", "Số lao động được giải quyết việc làm", "lao động", "LĐ-TB&XH",
            IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
    static final Indicator INSURED = new Indicator("BH02", "Số người tham gia bảo hiểm y tế", "người", "BHXH",
            IndicatorKind.COUNT_STOCK, Direction.UP, 0, null, null, null);
    static final Indicator TRAINED = new Indicator("LD04", "Tỷ lệ lao động qua đào tạo", "%", "LĐ-TB&XH",
            IndicatorKind.RATE, Direction.UP, 2, null, null, null);
    static final Indicator GROWTH = new Indicator("DS03", "Tỷ lệ tăng dân số tự nhiên", "%", "Dân số",
            IndicatorKind.RATE, Direction.DOWN, 2, null, null, null);
    static final Indicator MONEY = new Indicator("GD12", "Kinh phí xã hội hóa giáo dục", "tỷ đồng", "Giáo dục",
            IndicatorKind.COUNT_FLOW, Direction.UP, 3, null, null, null);
    static final Indicator NTM = new Indicator("NTM01", "Xã đạt chuẩn nông thôn mới", "", "NTM",
            IndicatorKind.STATUS, Direction.UP, 0, null, null, null);

    final AssessmentOptions options = AssessmentOptions.defaults();
    final IndicatorSentences sentences = new IndicatorSentences(options);

    static Target target(Indicator i, Issuer issuer, Comparator c, String value, String high) {
        return new Target(i.code(), "X", Y2023, issuer, c, value == null ? null : new BigDecimal(value),
                high == null ? null : new BigDecimal(high), null);
    }

    static Observation figure(Indicator i, Period p, String value) {
        return Observation.of(i.code(), "X", p, new BigDecimal(value));
    }

    IndicatorEvaluation row(Indicator i, List<Target> targets, Observation actual, Observation previous) {
        return new IndicatorEvaluator(options).evaluate(i, Issuer.NQ_HDND, targets, actual, previous);
    }

    IndicatorEvaluation row(Indicator i, Comparator c, String plan, String high, String actual, String previous) {
        return row(i, List.of(target(i, Issuer.NQ_HDND, c, plan, high)), figure(i, Y2023, actual),
                previous == null ? null : figure(i, Y2023.previousYear(), previous));
    }

    String say(IndicatorEvaluation row) {
        return sentences.sentence(row, true).replace('\u00a0', ' ');
    }

    @Test
    void countBelowPlanAndFallingAsTheSeed() {
        assertThat(say(row(JOBS, Comparator.GE, "3500", null, "2278", "2652"))).isEqualTo(
                "Số lao động được giải quyết việc làm đạt 2.278 lao động, so với Nghị quyết đạt 65,09%, "
                        + "so với cùng kỳ năm trước giảm 374 lao động (giảm 14,1%).");
    }

    @Test
    void countAbovePlanAndRising() {
        assertThat(say(row(INSURED, Comparator.EQ, "70000", null, "70396", "69435"))).isEqualTo(
                "Số người tham gia bảo hiểm y tế đạt 70.396 người, so với Nghị quyết đạt 100,57%, "
                        + "so với cùng kỳ năm trước tăng 961 người (tăng 1,38%).");
    }

    @Test
    void noChangeIsWrittenAsTheSeedDoes() {
        Indicator schools = new Indicator("GD01", "Số trường đạt chuẩn quốc gia mới", "trường", "GD", IndicatorKind.COUNT_FLOW,
                Direction.UP, 0, null, null, null);
        assertThat(say(row(schools, Comparator.GE, "3", null, "3", "3"))).isEqualTo(
                "Số trường đạt chuẩn quốc gia mới đạt 3 trường, so với Nghị quyết đạt 100%, không tăng so với cùng kỳ năm trước.");
        assertThat(say(row(INSURED, Comparator.GE, "100", null, "100", "100"))).endsWith("không đổi so với cùng kỳ năm trước.");
    }

    @Test
    void missingPriorYearLeavesTheClauseOut() {
        assertThat(say(row(JOBS, Comparator.GE, "2000", null, "2278", null))).isEqualTo(
                "Số lao động được giải quyết việc làm đạt 2.278 lao động, so với Nghị quyết đạt 113,9%.");
    }

    @Test
    void ratesChangeInPointsByDefaultAndInLegacyPercentOnRequest() {
        IndicatorEvaluation r = row(TRAINED, Comparator.GE, "57", null, "57", "51.8");
        assertThat(say(r)).isEqualTo("Tỷ lệ lao động qua đào tạo đạt 57%, so với Nghị quyết đạt 100%, so với cùng kỳ năm trước tăng 5,2 điểm %.");
        IndicatorSentences legacy = new IndicatorSentences(options.withChangeWording(ChangeWording.LEGACY_PERCENT));
        assertThat(legacy.sentence(r, false)).isEqualTo(
                "Tỷ lệ lao động qua đào tạo đạt 57%, so với Nghị quyết đạt 100%, so với cùng kỳ năm trước tăng 5,2%.");
    }

    @Test
    void lowerIsBetterMetCeilingIsHundredPercentAndFallingRate() {
        assertThat(say(row(GROWTH, Comparator.LE, "1.5", null, "1.48", "1.68"))).isEqualTo(
                "Tỷ lệ tăng dân số tự nhiên là 1,48%, so với Nghị quyết đạt 100%, so với cùng kỳ năm trước giảm 0,2 điểm %.");
    }

    @Test
    void lowerIsBetterMissedCeilingSaysSo() {
        assertThat(say(row(GROWTH, Comparator.LT, "1.5", null, "1.6", "1.4"))).isEqualTo(
                "Tỷ lệ tăng dân số tự nhiên là 1,6%, so với Nghị quyết đạt 93,75% (cao hơn mức kế hoạch dưới 1,5%), "
                        + "so với cùng kỳ năm trước tăng 0,2 điểm %.");
    }

    @Test
    void strictFloorReachedExactlyIsNotMet() {
        assertThat(say(row(TRAINED, Comparator.GT, "57", null, "57", null))).isEqualTo(
                "Tỷ lệ lao động qua đào tạo đạt 57%, so với Nghị quyết đạt 100% (chưa đạt yêu cầu trên 57%).");
    }

    @Test
    void rangesApproximationsMaintainAndStatusGetAVerdictWithoutPercent() {
        assertThat(say(row(TRAINED, Comparator.RANGE, "55", "58", "57", null)))
                .isEqualTo("Tỷ lệ lao động qua đào tạo đạt 57%, so với Nghị quyết (kế hoạch từ 55 đến 58%) đạt kế hoạch.");
        assertThat(say(row(TRAINED, Comparator.RANGE, "55", "56", "57", null))).contains("(kế hoạch từ 55 đến 56%) vượt kế hoạch");
        assertThat(say(row(GROWTH, Comparator.RANGE, "1", "1.2", "1.5", null))).contains("(kế hoạch từ 1 đến 1,2%) chưa đạt kế hoạch");
        assertThat(say(row(JOBS, Comparator.APPROX, "2300", null, "2278", null))).contains("so với Nghị quyết (kế hoạch khoảng 2.300 lao động) đạt kế hoạch");
        assertThat(say(row(TRAINED, Comparator.MAINTAIN, "98.5", null, "98.9", "98.5"))).contains("(kế hoạch duy trì 98,5%) đạt kế hoạch");
        IndicatorEvaluation status = row(NTM, List.of(target(NTM, Issuer.NQ_HDND, Comparator.STATUS, null, null)), figure(NTM, Y2023, "1"), null);
        assertThat(say(status)).isEqualTo("Xã đạt chuẩn nông thôn mới đạt, so với Nghị quyết (kế hoạch đạt chuẩn) đạt kế hoạch.");
    }

    @Test
    void aCeilingOnAHigherIsBetterIndicatorIsNotJudged() {
        assertThat(say(row(JOBS, Comparator.LE, "3000", null, "2278", null)))
                .isEqualTo("Số lao động được giải quyết việc làm đạt 2.278 lao động, bằng 75,93% so với Nghị quyết.");
    }

    @Test
    void qualifiersAndEstimatesAreWritten() {
        Observation estimate = new Observation(MONEY.code(), "X", Y2023, ObservationKind.UOC, new BigDecimal("33.5"),
                Qualifier.TREN, null, null, null, null, null, null, "manual");
        IndicatorEvaluation r = row(MONEY, List.of(target(MONEY, Issuer.NQ_HDND, Comparator.GE, "30", null)), estimate, null);
        assertThat(say(r)).isEqualTo("Kinh phí xã hội hóa giáo dục ước thực hiện trên 33,5 tỷ đồng, so với Nghị quyết đạt 111,67%.");
        Observation about = new Observation(JOBS.code(), "X", Y2023, ObservationKind.THUC_HIEN, new BigDecimal("18000"),
                Qualifier.GAN, null, null, null, null, null, null, "manual");
        assertThat(sentences.subjectAndValue(row(JOBS, List.of(), about, null))).isEqualTo("Số lao động được giải quyết việc làm đạt gần 18.000 lao động");
        Observation khoang = new Observation(JOBS.code(), "X", Y2023, ObservationKind.SO_BO, new BigDecimal("500"),
                Qualifier.KHOANG, null, null, null, null, null, null, "manual");
        assertThat(sentences.subjectAndValue(row(JOBS, List.of(), khoang, null))).isEqualTo("Số lao động được giải quyết việc làm sơ bộ đạt khoảng 500 lao động");
    }

    @Test
    void otherIssuersAreNamedAfterThePlan() {
        IndicatorEvaluation r = row(JOBS, List.of(target(JOBS, Issuer.NQ_HDND, Comparator.GE, "3500", null),
                target(JOBS, Issuer.TINH_GIAO, Comparator.GE, "1511", null), target(JOBS, Issuer.HUYEN_GIAO, Comparator.GE, "3500", null)),
                figure(JOBS, Y2023, "2278"), null);
        // The district's plan gives the same percent as the resolution's: one clause names both, no "đạt 65,09%" twice.
        assertThat(say(r)).isEqualTo("Số lao động được giải quyết việc làm đạt 2.278 lao động, so với Nghị quyết và kế hoạch huyện "
                + "giao đạt 65,09%, đạt 150,76% kế hoạch tỉnh giao.");
        assertThat(sentences.sentence(r, false)).doesNotContain("tỉnh giao");
    }

    @Test
    void noFigureIsSaidPlainly() {
        IndicatorEvaluation r = row(JOBS, List.of(target(JOBS, Issuer.NQ_HDND, Comparator.GE, "3500", null)), null, null);
        assertThat(say(r)).isEqualTo("Số lao động được giải quyết việc làm chưa có số liệu.");
    }

    /** A rate with its parts is told with them, as the seed's "lũy kế đạt 27/54 trường, chiếm 50%". */
    @Test
    void aRateWithItsPartsIsToldWithThem() {
        Indicator schools = new Indicator("GD02", "Tỷ lệ trường đạt chuẩn quốc gia (lũy kế)", "%", "Giáo dục và Đào tạo",
                IndicatorKind.RATE, Direction.UP, 2, null, null, null);
        Observation stored = new Observation("GD02", "X", Y2023, ObservationKind.THUC_HIEN, new BigDecimal("50"), Qualifier.NONE,
                new BigDecimal("27"), new BigDecimal("54"), "27/54 trường", null, null, null, "manual");
        assertThat(sentences.subjectAndValue(row(schools, List.of(), stored, null)))
                .isEqualTo("Tỷ lệ trường đạt chuẩn quốc gia (lũy kế) đạt 50% (27/54 trường)");
        Indicator spent = new Indicator("KT10", "Tỷ lệ giải ngân vốn đầu tư công", "% (tử số, mẫu số: triệu đồng)", "Đầu tư",
                IndicatorKind.RATE, Direction.UP, 2, null, null, null);
        Observation money = new Observation("KT10", "X", Y2023, ObservationKind.THUC_HIEN, new BigDecimal("95.29"), Qualifier.NONE,
                new BigDecimal("8599.376"), new BigDecimal("9023.832"), null, null, null, null, "manual");
        assertThat(sentences.subjectAndValue(row(spent, List.of(), money, null)))
                .isEqualTo("Tỷ lệ giải ngân vốn đầu tư công đạt 95,29% (8.599,376/9.023,832 triệu đồng)");
        // without its parts, or for a count, nothing is added
        assertThat(sentences.subjectAndValue(row(TRAINED, List.of(), figure(TRAINED, Y2023, "57"), null)))
                .isEqualTo("Tỷ lệ lao động qua đào tạo đạt 57%");
    }
}
