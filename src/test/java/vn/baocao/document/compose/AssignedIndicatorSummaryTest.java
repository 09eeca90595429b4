package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.document.compose.IndicatorSentencesTest.figure;
import static vn.baocao.document.compose.IndicatorSentencesTest.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;

/** Band grouping of the assigned indicators; empty bands are left out. */
class AssignedIndicatorSummaryTest {
    static final Area COMMUNE = new Area("X", "Chí Cà", AreaLevel.XA, null, null, null);
    final AssessmentOptions options = AssessmentOptions.defaults();
    final AssignedIndicatorSummary summary = new AssignedIndicatorSummary(new IndicatorSentences(options));

    IndicatorEvaluation count(String code, String plan, String actual) {
        Indicator i = new Indicator(code, "Chỉ tiêu " + code, "người", "Chung", IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
        return new IndicatorEvaluator(options).evaluate(i, Issuer.NQ_HDND, List.of(target(i, Issuer.NQ_HDND, Comparator.GE, plan, null)),
                actual == null ? null : figure(i, IndicatorSentencesTest.Y2023, actual), null);
    }

    List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Heading h ? h.printedText() : ((Paragraph) b).printedText()).toList();
    }

    @Test
    void countsSharesAndOnlyNonEmptyBands() {
        List<IndicatorEvaluation> rows = List.of(count("A", "100", "120"), count("B", "100", "100"), count("C", "100", "90"),
                count("D", "100", "30"));
        List<String> out = texts(summary.blocks(rows, Issuer.NQ_HDND, COMMUNE, r -> null));
        assertThat(out.get(0)).isEqualTo("Tổng số chỉ tiêu Nghị quyết HĐND xã giao 4 chỉ tiêu, trong đó có 02/04 chỉ tiêu đạt từ 100% "
                + "trở lên chiếm 50%; 02 chỉ tiêu chưa đạt 100% chiếm 50%, gồm: (1). Chỉ tiêu C đạt 90% kế hoạch; (2). Chỉ tiêu D đạt 30% kế hoạch.");
        assertThat(out).containsExactly(out.get(0),
                "* Các chỉ tiêu đạt và vượt kế hoạch (02 chỉ tiêu)",
                "- Chỉ tiêu A đạt 120 người, so với Nghị quyết đạt 120%.",
                "- Chỉ tiêu B đạt 100 người, so với Nghị quyết đạt 100%.",
                "* Các chỉ tiêu đạt từ 80 đến dưới 100% kế hoạch (01 chỉ tiêu)",
                "- Chỉ tiêu C đạt 90 người, so với Nghị quyết đạt 90%.",
                "* Các chỉ tiêu đạt dưới 50% kế hoạch (01 chỉ tiêu)",
                "- Chỉ tiêu D đạt 30 người, so với Nghị quyết đạt 30%.");
        assertThat(out).noneMatch(t -> t.contains("từ 50 đến dưới 80%"));
        // The band headings are document headings, which both renderers keep with the next paragraph.
        assertThat(summary.blocks(rows, Issuer.NQ_HDND, COMMUNE, r -> null).stream().filter(b -> b instanceof Heading)).hasSize(3);
    }

    @Test
    void allMetHasNoMissedClause() {
        String text = summary.overview(List.of(count("A", "10", "10"), count("B", "10", "11"), count("C", "10", "12")), Issuer.HUYEN_GIAO, COMMUNE);
        assertThat(text).isEqualTo("Tổng số chỉ tiêu kế hoạch huyện giao 3 chỉ tiêu, trong đó có 03/03 chỉ tiêu đạt từ 100% trở lên chiếm 100%.");
    }

    @Test
    void noneMetStartsWithTheMissedCountAndSharesAreRounded() {
        String text = summary.overview(List.of(count("A", "3", "1"), count("B", "3", "2"), count("C", "3", "4")), Issuer.NQ_HDND, COMMUNE);
        assertThat(text).contains("trong đó có 01/03 chỉ tiêu đạt từ 100% trở lên chiếm 33,33%; 02 chỉ tiêu chưa đạt 100% chiếm 66,67%");
        String none = summary.overview(List.of(count("A", "3", "1")), Issuer.NQ_HDND, COMMUNE);
        assertThat(none).startsWith("Tổng số chỉ tiêu Nghị quyết HĐND xã giao 1 chỉ tiêu, trong đó có 01/01 chỉ tiêu chưa đạt 100% chiếm 100%, gồm: (1).");
    }

    @Test
    void indicatorsWithoutAFigureAreListedAsNotAssessed() {
        List<IndicatorEvaluation> rows = List.of(count("A", "10", "12"), count("B", "10", null));
        List<String> out = texts(summary.blocks(rows, Issuer.NQ_HDND, COMMUNE, r -> null));
        assertThat(out.get(0)).contains("01 chỉ tiêu chưa đánh giá được chiếm 50%, gồm: (1). Chỉ tiêu B (Chưa có số thực hiện)");
        assertThat(out).contains("* Các chỉ tiêu chưa đánh giá được (01 chỉ tiêu)", "- Chỉ tiêu B chưa có số liệu, so với Nghị quyết đạt 0%.".replace(", so với Nghị quyết đạt 0%", ""));
    }

    @Test
    void noAssignedIndicatorsSaysSo() {
        assertThat(summary.overview(List.of(), Issuer.NQ_HDND, COMMUNE)).isEqualTo("Tổng số chỉ tiêu Nghị quyết HĐND xã giao: không có chỉ tiêu nào trong kỳ.");
    }
}
