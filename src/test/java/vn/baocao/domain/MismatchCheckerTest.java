package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases from seed 004 (spec/seed004-indicators.csv) unless noted. */
class MismatchCheckerTest {

    private static final MismatchChecker CHECKER = new MismatchChecker();
    private static final PlanAssessor ASSESSOR = new PlanAssessor();

    private static final Indicator COUNT = new Indicator("X", "Số đếm", "người", "", IndicatorKind.COUNT_FLOW,
            Direction.UP, 0, null, null, null);
    private static final Indicator RATE = new Indicator("R", "Tỷ lệ", "%", "", IndicatorKind.RATE,
            Direction.UP, 2, null, null, null);

    private static BigDecimal pct(String actual, String plan) {
        return PlanAssessor.ratio(new BigDecimal(actual), new BigDecimal(plan));
    }

    private static YearOnYearChange change(Indicator i, String current, String previous) {
        return YearOnYearChange.of(i, new BigDecimal(current), new BigDecimal(previous)).orElseThrow();
    }

    // ------------------------------------------------------------ percent of plan

    @ParameterizedTest(name = "{0} / {1} written \"{2}\" agrees")
    @CsvSource(delimiter = '|', value = {
            "2278    | 3500     | so với Nghị quyết đạt 65,08%",
            "2230    | 1905     | đạt 117,06% kế hoạch huyện giao",
            "864     | 810      | đạt 106,66% kế hoạch giao",
            "433     | 530      | đạt 81,69%",
            "8599.376| 9023.832 | đạt 95,29% vốn giao",
            "5506.323| 5777.722 | đạt 95,3%",
            "105     | 104      | đạt 101% KH",
            "2446.08 | 4670     | đạt 52,38%",
    })
    void agreeingPercentsRaiseNothing(String actual, String plan, String written) {
        assertThat(CHECKER.checkPercentOfPlan(written, pct(actual, plan))).isEmpty();
        assertThat(new MismatchChecker(AssessmentOptions.defaults().withRounding(RoundingPolicy.TRUNCATE))
                .checkPercentOfPlan(written, pct(actual, plan))).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} written \"{2}\" is flagged")
    @CsvSource(delimiter = '|', value = {
            "864   | 810  | so với Nghị quyết đạt 106,6% | Tỷ lệ % kế hoạch ghi 106,6% nhưng tính được 106,67%.",
            "2765  | 3198 | đạt 86,18% kế hoạch giao     | Tỷ lệ % kế hoạch ghi 86,18% nhưng tính được 86,46%.",
            "2106  | 2835 | đạt 76,19% kế hoạch giao     | Tỷ lệ % kế hoạch ghi 76,19% nhưng tính được 74,29%.",
            "9635  | 9365 | đạt 108%                     | Tỷ lệ % kế hoạch ghi 108% nhưng tính được 102,88%.",
            "336   | 369  | đạt 93,88%                   | Tỷ lệ % kế hoạch ghi 93,88% nhưng tính được 91,06%.",
            "15772 | 18946| đạt 72,8%                    | Tỷ lệ % kế hoạch ghi 72,8% nhưng tính được 83,25%.",
    })
    void disagreeingPercentsAreFlagged(String actual, String plan, String written, String message) {
        List<MismatchFlag> flags = CHECKER.checkPercentOfPlan(written, pct(actual, plan));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(MismatchFlag.Severity.WARNING);
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.PERCENT_OF_PLAN);
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @Test
    void computedPercentInMessagesFollowsTheRoundingPolicy() {
        MismatchChecker truncating = new MismatchChecker(AssessmentOptions.defaults().withRounding(RoundingPolicy.TRUNCATE));
        assertThat(truncating.checkPercentOfPlan("đạt 106,6%", pct("864", "810")))
                .singleElement().extracting(MismatchFlag::message).isEqualTo("Tỷ lệ % kế hoạch ghi 106,6% nhưng tính được 106,66%.");
    }

    @Test
    void toleranceIsConfigurable() {
        MismatchChecker loose = new MismatchChecker(AssessmentOptions.defaults().withPercentTolerance(new BigDecimal("0.1")));
        assertThat(loose.checkPercentOfPlan("đạt 106,6%", pct("864", "810"))).isEmpty();
        MismatchChecker strict = new MismatchChecker(AssessmentOptions.defaults().withPercentTolerance(BigDecimal.ZERO));
        assertThat(strict.checkPercentOfPlan("đạt 81,69%", pct("433", "530"))).hasSize(1);
        // seed: 1.072 / 2.248 written 47,67%, computed 47,69%: inside the default 0,05, outside 0,01
        assertThat(CHECKER.checkPercentOfPlan("đạt 47,67% kế hoạch giao", pct("1072", "2248"))).isEmpty();
        MismatchChecker tight = new MismatchChecker(AssessmentOptions.defaults().withPercentTolerance(new BigDecimal("0.01")));
        assertThat(tight.checkPercentOfPlan("đạt 47,67% kế hoạch giao", pct("1072", "2248"))).singleElement()
                .extracting(MismatchFlag::message).isEqualTo("Tỷ lệ % kế hoạch ghi 47,67% nhưng tính được 47,69%.");
    }

    @Test
    void metCeilingWrittenAsHundredAgreesInTheDefaultMode() {
        Assessment growth = ASSESSOR.assess(Direction.DOWN, Comparator.LE, new BigDecimal("1.5"), null, new BigDecimal("1.48"), null);
        assertThat(CHECKER.checkPercentOfPlan("so với Nghị quyết đạt 100%", growth)).isEmpty();

        PlanAssessor ratio = new PlanAssessor(AssessmentOptions.defaults().withCeilingMode(CeilingPercentMode.PLAN_OVER_ACTUAL));
        Assessment other = ratio.assess(Direction.DOWN, Comparator.LE, new BigDecimal("1.5"), null, new BigDecimal("1.48"), null);
        assertThat(CHECKER.checkPercentOfPlan("so với Nghị quyết đạt 100%", other)).singleElement()
                .extracting(MismatchFlag::message).isEqualTo("Tỷ lệ % kế hoạch ghi 100% nhưng tính được 101,35%.");
    }

    @Test
    void excessOverPlanIsNotAPercentOfPlan() {
        List<MismatchFlag> flags = CHECKER.checkPercentOfPlan("vượt kế hoạch giao 0,4%", pct("98.9", "98.5"));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(MismatchFlag.Severity.INFO);
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.EXCESS_OVER_PLAN);
            assertThat(f.message()).isEqualTo("\"vượt 0,4%\" là phần vượt so với kế hoạch, không phải tỷ lệ % kế hoạch (tính được đạt 100,41%).");
        });
        assertThat(CHECKER.checkPercentOfPlan("vượt kế hoạch 5%", pct("98.9", "98.5"))).singleElement()
                .extracting(MismatchFlag::severity).isEqualTo(MismatchFlag.Severity.WARNING);
    }

    @Test
    void unreadableOrUnverifiablePercents() {
        assertThat(CHECKER.checkPercentOfPlan("", pct("1", "2"))).isEmpty();
        assertThat(CHECKER.checkPercentOfPlan(null, pct("1", "2"))).isEmpty();
        assertThat(CHECKER.checkPercentOfPlan("đạt kế hoạch", pct("1", "2"))).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.UNREADABLE);
        assertThat(CHECKER.checkPercentOfPlan("đạt 1.2.3%", pct("1", "2"))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Tỷ lệ % kế hoạch ghi \"1.2.3%\" không đọc được"));
        assertThat(CHECKER.checkPercentOfPlan("đạt 50%", (BigDecimal) null)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.NOT_VERIFIABLE);
    }

    // ------------------------------------------------------------ change as written

    @Test
    void trainedLabourPointsWrittenAsPercentIsInformation() {
        List<MismatchFlag> flags = CHECKER.checkChange("so với cùng kỳ năm trước tăng 5,2%", change(RATE, "57", "51.8"), "%", 1);

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(MismatchFlag.Severity.INFO);
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.POINTS_WRITTEN_AS_PERCENT);
            assertThat(f.written()).isEqualTo("tăng 5,2%");
            assertThat(f.message()).isEqualTo("\"tăng 5,2%\" là mức thay đổi theo điểm phần trăm (51,8% → 57%), "
                    + "không phải tăng 10,04% tương đối; nên ghi \"tăng 5,2 điểm %\".");
        });
    }

    @Test
    void legacyWordingOptionAcceptsPointsWrittenAsPercent() {
        MismatchChecker legacy = new MismatchChecker(AssessmentOptions.defaults().withChangeWording(ChangeWording.LEGACY_PERCENT));
        assertThat(legacy.checkChange("tăng 5,2%", change(RATE, "57", "51.8"), "%", 1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "so với cùng kỳ năm trước giảm 0,37% | 19.4  | 19.77",
            "so với cùng kỳ năm trước giảm 0,2%  | 1.48  | 1.68",
            "so với cùng kỳ năm trước giảm 10,76%| 50.2  | 60.96",
    })
    void seedRatesWithPointsLabelledPercent(String written, String current, String previous) {
        assertThat(CHECKER.checkChange(written, change(RATE, current, previous), "%", 2))
                .singleElement().extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.POINTS_WRITTEN_AS_PERCENT);
    }

    @Test
    void rateWrittenWithPointsOrRelativeAgrees() {
        assertThat(CHECKER.checkChange("tăng 5,2 điểm %", change(RATE, "57", "51.8"), "%", 1)).isEmpty();
        assertThat(CHECKER.checkChange("tăng 5,2 điểm phần trăm", change(RATE, "57", "51.8"), "%", 1)).isEmpty();
        assertThat(CHECKER.checkChange("tăng 10,04%", change(RATE, "57", "51.8"), "%", 1)).isEmpty();
    }

    @Test
    void rateWrittenWithNeitherReadingIsFlagged() {
        assertThat(CHECKER.checkChange("tăng 5,2%", change(RATE, "57", "50"), "%", 1)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.CHANGE_MAGNITUDE);
            assertThat(f.message()).isEqualTo("Mức thay đổi ghi \"tăng 5,2%\" nhưng tính được tăng 7 điểm % (tương đối tăng 14%).");
        });
        assertThat(CHECKER.checkChange("tăng 4 điểm %", change(RATE, "57", "51.8"), "%", 1)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.CHANGE_MAGNITUDE);
    }

    @Test
    void aPercentAgreesAtThePrecisionItIsWrittenIn() {
        // 5,2 points written without decimals is 5; written with one decimal it must be 5,2
        assertThat(CHECKER.checkChange("tăng 5 điểm %", change(RATE, "57", "51.8"), "%", 1)).isEmpty();
        assertThat(CHECKER.checkChange("tăng 5,0 điểm %", change(RATE, "57", "51.8"), "%", 1)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.CHANGE_MAGNITUDE);
        assertThat(CHECKER.checkPercentOfPlan("đạt 98%", new java.math.BigDecimal("98.2"))).isEmpty();
        assertThat(CHECKER.checkPercentOfPlan("đạt 98,0%", new java.math.BigDecimal("98.2"))).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.PERCENT_OF_PLAN);
        assertThat(CHECKER.checkPercentOfPlan("đạt 99%", new java.math.BigDecimal("98.2"))).hasSize(1);
        assertThat(CHECKER.percentAgrees(new java.math.BigDecimal("98"), java.math.BigDecimal.ONE,
                new java.math.BigDecimal("98.5"))).isTrue();
        assertThat(CHECKER.percentAgrees(new java.math.BigDecimal("98"), java.math.BigDecimal.ONE,
                new java.math.BigDecimal("98.51"))).isFalse();
        assertThat(MismatchChecker.amountAgrees(new java.math.BigDecimal("10"), java.math.BigDecimal.ONE,
                new java.math.BigDecimal("11"))).isFalse();
    }

    @Test
    void jobsRelativeDecrease() {
        // 2.278 written "giảm 14,1%": agrees with 2.652 last year, not with 2.700
        assertThat(CHECKER.checkChange("so với cùng kỳ năm trước giảm 14,1%", change(COUNT, "2278", "2652"), "lao động", 0)).isEmpty();
        assertThat(CHECKER.checkChange("so với cùng kỳ năm trước giảm 14,1%", change(COUNT, "2278", "2700"), "lao động", 0))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.CHANGE_MAGNITUDE);
                    assertThat(f.message()).isEqualTo("Mức thay đổi ghi \"giảm 14,1%\" nhưng tính được giảm 422 lao động (giảm 15,63%).");
                });
    }

    @Test
    void wrongDirection() {
        assertThat(CHECKER.checkChange("giảm 14,1%", change(COUNT, "2278", "2000"), "lao động", 0)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.CHANGE_DIRECTION);
            assertThat(f.message()).isEqualTo("Mức thay đổi ghi \"giảm 14,1%\" nhưng tính được tăng 278 lao động (tăng 13,9%).");
        });
    }

    @Test
    void absoluteChangeInPeople() {
        assertThat(CHECKER.checkChange("so với cùng kỳ năm trước tăng 961 người", change(COUNT, "70396", "69435"), "người", 0)).isEmpty();
        assertThat(CHECKER.checkChange("so với cùng kỳ năm trước tăng 961 người", change(COUNT, "70396", "69436"), "người", 0))
                .singleElement().extracting(MismatchFlag::message)
                .isEqualTo("Mức thay đổi ghi \"tăng 961 người\" nhưng tính được tăng 960 người (tăng 1,38%).");
        assertThat(CHECKER.checkChange("so với cùng kỳ năm trước giảm 90 người", change(COUNT, "1056", "1146"), "người", 0)).isEmpty();
    }

    @Test
    void absoluteAndRelativeInOneText() {
        String written = "so với cùng kỳ năm trước tăng 7.416 triệu đồng (tăng 12,41%)";
        assertThat(WrittenChange.parseAll(written)).extracting(WrittenChange::kind)
                .containsExactly(WrittenChange.Kind.ABSOLUTE, WrittenChange.Kind.PERCENT);
        assertThat(CHECKER.checkChange(written, change(COUNT, "67148", "59732"), "triệu đồng", 0)).isEmpty();
        assertThat(CHECKER.checkChange(written, change(COUNT, "67148", "59000"), "triệu đồng", 0))
                .extracting(MismatchFlag::kind).containsExactly(MismatchFlag.Kind.CHANGE_MAGNITUDE, MismatchFlag.Kind.CHANGE_MAGNITUDE);
    }

    @Test
    void scaleWordInAChangeIsPreciseToItsLastDigit() {
        String written = "so với cùng kỳ năm trước tăng 38,4 nghìn lượt khách";
        assertThat(CHECKER.checkChange(written, change(COUNT, "100000", "61600"), "lượt", 0)).isEmpty();
        assertThat(CHECKER.checkChange(written, change(COUNT, "100000", "61650"), "lượt", 0)).isEmpty();
        assertThat(CHECKER.checkChange(written, change(COUNT, "100000", "61000"), "lượt", 0)).singleElement()
                .extracting(MismatchFlag::message)
                .isEqualTo("Mức thay đổi ghi \"tăng 38,4 nghìn lượt khách\" nhưng tính được tăng 39.000 lượt (tăng 63,93%).");
    }

    @Test
    void noIncreaseWording() {
        assertThat(CHECKER.checkChange("không tăng so với cùng kỳ năm trước", change(COUNT, "3", "3"), "trường", 0)).isEmpty();
        assertThat(CHECKER.checkChange("không tăng so với cùng kỳ năm trước", change(COUNT, "2", "3"), "trường", 0)).isEmpty();
        assertThat(CHECKER.checkChange("không tăng so với cùng kỳ năm trước", change(COUNT, "4", "3"), "trường", 0))
                .singleElement().extracting(MismatchFlag::message)
                .isEqualTo("Ghi \"không tăng\" nhưng tính được tăng 1 trường (tăng 33,33%).");
        assertThat(CHECKER.checkChange("giữ nguyên", change(COUNT, "2", "3"), "trường", 0)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.CHANGE_DIRECTION);
    }

    @Test
    void malformedNumberInAChangeIsUnreadable() {
        assertThat(CHECKER.checkChange("tăng 70.3396 người", change(COUNT, "70396", "69435"), "người", 0)).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.UNREADABLE);
                    assertThat(f.message()).contains("\"3396\"");
                });
    }

    @Test
    void relativeChangeFromZeroCannotBeVerified() {
        assertThat(CHECKER.checkChange("tăng 100%", change(COUNT, "5", "0"), "vụ", 0)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.NOT_VERIFIABLE);
    }

    @Test
    void missingPreviousOrNoChangeWords() {
        assertThat(CHECKER.checkChange("tăng 5%", null, "người", 0)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.NOT_VERIFIABLE);
        assertThat(CHECKER.checkChange("từ 51,8% năm 2022", change(RATE, "57", "51.8"), "%", 1)).singleElement()
                .extracting(MismatchFlag::kind).isEqualTo(MismatchFlag.Kind.UNREADABLE);
    }

    @Test
    void writtenChangeParsing() {
        List<WrittenChange> changes = WrittenChange.parseAll("Tăng 961 người so với năm 2022, giảm 2 điểm %");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).kind()).isEqualTo(WrittenChange.Kind.ABSOLUTE);
        assertThat(changes.get(0).magnitude()).isEqualByComparingTo("961");
        assertThat(changes.get(0).unit()).isEqualTo("người");
        assertThat(changes.get(1).kind()).isEqualTo(WrittenChange.Kind.POINTS);
        assertThat(changes.get(1).direction()).isEqualTo(ChangeDirection.GIAM);
        assertThat(WrittenChange.parseAll("chỉ số tăng trưởng, tăng cường kiểm tra")).isEmpty();
        assertThat(WrittenChange.parseAll("có tăng so với cùng kỳ")).singleElement()
                .extracting(WrittenChange::kind).isEqualTo(WrittenChange.Kind.DIRECTION_ONLY);
    }

    @Test
    void wholeObservationCheck() {
        Observation obs = new Observation("LD08", "XINMAN", Period.year(2023), ObservationKind.THUC_HIEN, new BigDecimal("864"),
                Qualifier.NONE, null, null, "864", "so với Nghị quyết đạt 106,6%", "so với cùng kỳ năm trước tăng 6,07%", null, "manual");
        Assessment a = ASSESSOR.assess(Direction.UP, Comparator.GE, new BigDecimal("810"), null, obs.value(), null);
        YearOnYearChange c = change(COUNT, "864", "814.56");

        List<MismatchFlag> flags = CHECKER.check(obs, a, c, "hộ", 0);

        assertThat(flags).extracting(MismatchFlag::kind).containsExactly(MismatchFlag.Kind.PERCENT_OF_PLAN);
    }
}
