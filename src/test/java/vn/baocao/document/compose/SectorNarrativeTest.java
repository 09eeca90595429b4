package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.Block;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;

/** A sector's narrative: only what the store holds, the best first, the shortfalls after "Tuy nhiên". */
class SectorNarrativeTest {
    static final Period Y2023 = Period.year(2023);
    static final Indicator TRAINING = new Indicator("LD03", "Số lao động nông thôn được đào tạo nghề", "người", "LĐ-TB&XH",
            IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
    static final Indicator EXPORT = new Indicator("LD02", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", "LĐ-TB&XH",
            IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
    static final Indicator POOR = new Indicator("LD07", "Số hộ nghèo", "hộ", "LĐ-TB&XH",
            IndicatorKind.COUNT_STOCK, Direction.DOWN, 0, null, null, null);
    static final Indicator ACCIDENTS = new Indicator("LD13", "Số vụ tai nạn lao động", "vụ", "LĐ-TB&XH",
            IndicatorKind.COUNT_FLOW, Direction.DOWN, 0, null, null, null);
    static final Indicator JOBS = new Indicator("LD01", "Số lao động được giải quyết việc làm", "lao động", "LĐ-TB&XH",
            IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);

    final AssessmentOptions options = AssessmentOptions.defaults();
    final SectorNarrative narrative = new SectorNarrative(new IndicatorSentences(options, Y2023));

    IndicatorEvaluation row(Indicator i, List<Target> targets, String now, String before) {
        return new IndicatorEvaluator(options).evaluate(i, Issuer.NQ_HDND, targets,
                Observation.of(i.code(), "X", Y2023, new BigDecimal(now)),
                before == null ? null : Observation.of(i.code(), "X", Y2023.previousYear(), new BigDecimal(before)));
    }

    static Target plan(Indicator i, Issuer issuer, String value) {
        return new Target(i.code(), "X", Y2023, issuer, Comparator.GE, new BigDecimal(value), null, null);
    }

    String text(List<Block> blocks) {
        assertThat(blocks).hasSize(1);
        return ((Paragraph) blocks.get(0)).printedText().replace('\u00a0', ' ');
    }

    @Test
    void plansMetComeFirstThenGainsThenTheRestAndShortfallsLast() {
        List<IndicatorEvaluation> others = List.of(
                row(EXPORT, List.of(), "15", null),
                row(POOR, List.of(), "8632", "9496"),
                row(TRAINING, List.of(plan(TRAINING, Issuer.HUYEN_GIAO, "1905")), "2230", "940"),
                row(ACCIDENTS, List.of(), "0", "2"),
                row(JOBS, List.of(plan(JOBS, Issuer.TINH_GIAO, "3000")), "2278", "2652"));
        assertThat(text(narrative.paragraphs(List.of(), others, Y2023, r -> null))).isEqualTo(
                "Năm 2023, số lao động nông thôn được đào tạo nghề đạt 2.230 người, đạt 117,06% kế hoạch huyện giao, so với cùng kỳ năm "
                        + "trước tăng 1.290 người (tăng 137,23%); số hộ nghèo là 8.632 hộ, so với cùng kỳ năm trước giảm 864 hộ (giảm 9,1%); "
                        + "không có vụ tai nạn lao động nào, so với cùng kỳ năm trước giảm 2 vụ (giảm 100%); "
                        + "số người đi làm việc ở nước ngoài theo hợp đồng đạt 15 người. "
                        + "Tuy nhiên, số lao động được giải quyết việc làm đạt 2.278 lao động, đạt 75,93% kế hoạch tỉnh giao, so với cùng kỳ năm "
                        + "trước giảm 374 lao động (giảm 14,1%).");
    }

    @Test
    void anIndicatorToldInSectionTwoAddsOnlyTheOtherBodiesPlans() {
        IndicatorEvaluation told = row(JOBS, List.of(plan(JOBS, Issuer.NQ_HDND, "3500"), plan(JOBS, Issuer.TINH_GIAO, "1511")), "2278", "2652");
        assertThat(text(narrative.paragraphs(List.of(told), List.of(), Y2023, r -> null))).isEqualTo(
                "Năm 2023, số lao động được giải quyết việc làm đạt 2.278 lao động, đạt 150,76% kế hoạch tỉnh giao.");
    }

    @Test
    void aYearsPlanInAMonthsReportIsNamedSoAndNotYetMissed() {
        Period october = Period.month(2023, 10);
        SectorNarrative monthly = new SectorNarrative(new IndicatorSentences(options, october));
        IndicatorEvaluation r = new IndicatorEvaluator(options).evaluate(JOBS, Issuer.NQ_HDND, List.of(plan(JOBS, Issuer.TINH_GIAO, "280")),
                Observation.of("LD01", "X", october, new BigDecimal("23")), null);
        assertThat(text(monthly.paragraphs(List.of(), List.of(r), october, x -> null))).isEqualTo(
                "Tháng 10 năm 2023, số lao động được giải quyết việc làm đạt 23 lao động, đạt 8,21% kế hoạch năm (kế hoạch tỉnh giao).");
    }

    @Test
    void nothingMoreThanSectionTwoToldMeansNoNarrative() {
        IndicatorEvaluation told = row(JOBS, List.of(plan(JOBS, Issuer.NQ_HDND, "3500")), "2278", "2652");
        assertThat(narrative.paragraphs(List.of(told), List.of(), Y2023, r -> null)).isEmpty();
    }

    @Test
    void aCommunesFootnoteStaysWithItsClause() {
        List<Block> blocks = narrative.paragraphs(List.of(), List.of(row(EXPORT, List.of(), "15", null), row(POOR, List.of(), "8632", null)),
                Y2023, r -> r.indicator() == EXPORT ? "Trong đó: xã A: 10 người; xã B: 5 người." : null);
        Paragraph p = (Paragraph) blocks.get(0);
        assertThat(p.text().footnotes()).singleElement().satisfies(f -> assertThat(f.text()).startsWith("Trong đó: xã A"));
        assertThat(p.text().toMarkup()).contains("15 người[^Trong đó: xã A: 10 người; xã B: 5 người.]; số hộ nghèo là 8.632 hộ.");
    }
}
