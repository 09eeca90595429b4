package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandSchemeTest {

    private static final BandScheme SCHEME = BandScheme.defaultScheme();
    private static final PlanAssessor ASSESSOR = new PlanAssessor();

    private record Item(String name, Assessment assessment) {
    }

    private static Item up(String name, String plan, String actual) {
        return new Item(name, ASSESSOR.assess(Direction.UP, Comparator.GE, new BigDecimal(plan), null, new BigDecimal(actual), null));
    }

    private static Item ceiling(String name, String plan, String actual) {
        return new Item(name, ASSESSOR.assess(Direction.DOWN, Comparator.LE, new BigDecimal(plan), null, new BigDecimal(actual), null));
    }

    /** The 12 indicators seed 004 assigned: 9 met (two of them ceilings), 2 at 50–80%, 1 below 50%. */
    private static List<Item> seed004() {
        List<Item> items = new ArrayList<>();
        items.add(up("Khách du lịch", "100000", "100000"));
        items.add(up("Trường chuẩn quốc gia mới", "3", "3"));
        items.add(ceiling("Tỷ lệ tăng dân số tự nhiên", "1.5", "1.48"));
        items.add(ceiling("Suy dinh dưỡng", "19.4", "19.4"));
        items.add(up("Hộ nghèo giảm", "810", "864"));
        items.add(up("Lao động qua đào tạo", "57", "57"));
        items.add(up("Tham gia BHYT", "70396", "70396"));
        items.add(up("Gia đình văn hóa", "63.5", "64"));
        items.add(up("Thôn văn hóa", "56", "56"));
        items.add(up("Giải quyết việc làm", "3500", "2278"));
        items.add(up("Tiêm chủng", "100", "50.2"));
        items.add(up("BHXH tự nguyện", "2247", "1056"));
        return items;
    }

    @Test
    void seed004Grouping() {
        BandCount<Item> count = SCHEME.count(seed004(), Item::assessment);

        assertThat(count.total()).isEqualTo(12);
        assertThat(count.unclassified()).isEmpty();
        List<BandGroup<Item>> groups = count.groups();
        assertThat(groups).extracting(BandGroup::count).containsExactly(9, 0, 2, 1);

        BandGroup<Item> top = groups.get(0);
        assertThat(top.countText("chỉ tiêu")).isEqualTo("09/12 chỉ tiêu");
        assertThat(top.shareText(RoundingPolicy.HALF_UP)).isEqualTo("chiếm 75%");
        assertThat(top.headingText("chỉ tiêu")).isEqualTo("Các chỉ tiêu đạt và vượt kế hoạch (09 chỉ tiêu)");
        assertThat(top.members()).extracting(Item::name).contains("Tỷ lệ tăng dân số tự nhiên", "Suy dinh dưỡng");

        assertThat(groups.get(2).headingText("chỉ tiêu")).isEqualTo("Các chỉ tiêu đạt từ 50 đến dưới 80% kế hoạch (02 chỉ tiêu)");
        assertThat(groups.get(2).members()).extracting(Item::name).containsExactly("Giải quyết việc làm", "Tiêm chủng");
        assertThat(groups.get(3).headingText("chỉ tiêu")).isEqualTo("Các chỉ tiêu đạt dưới 50% kế hoạch (01 chỉ tiêu)");
        assertThat(groups.get(3).shareText(RoundingPolicy.HALF_UP)).isEqualTo("chiếm 8,33%");
    }

    @Test
    void emptyBandsAreKeptButLeftOutOfTheText() {
        BandCount<Item> count = SCHEME.count(seed004(), Item::assessment);
        BandGroup<Item> eighty = count.group(SCHEME.bands().get(1));

        assertThat(eighty.isEmpty()).isTrue();
        assertThat(eighty.share()).isEqualByComparingTo("0");
        assertThat(eighty.shareText(RoundingPolicy.HALF_UP)).isEqualTo("chiếm 0%");
        assertThat(count.nonEmptyGroups()).hasSize(3).noneMatch(g -> g.band().label().contains("80 đến"));
    }

    @Test
    void shareFollowsTheRoundingPolicy() {
        BandGroup<String> g = new BandGroup<>(SCHEME.bands().get(2), List.of("a", "b"), 12);
        assertThat(g.shareText(RoundingPolicy.HALF_UP)).isEqualTo("chiếm 16,67%");
        assertThat(g.shareText(RoundingPolicy.TRUNCATE)).isEqualTo("chiếm 16,66%");
    }

    @Test
    void noItemsAtAll() {
        BandCount<Item> count = SCHEME.count(List.of(), Item::assessment);
        assertThat(count.total()).isZero();
        assertThat(count.nonEmptyGroups()).isEmpty();
        assertThat(count.groups()).hasSize(4).allSatisfy(g -> assertThat(g.share()).isEqualByComparingTo("0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100      | đạt và vượt kế hoạch",
            "150.8    | đạt và vượt kế hoạch",
            "99.99    | đạt từ 80 đến dưới 100% kế hoạch",
            "80       | đạt từ 80 đến dưới 100% kế hoạch",
            "79.999   | đạt từ 50 đến dưới 80% kế hoạch",
            "50       | đạt từ 50 đến dưới 80% kế hoạch",
            "48.19    | đạt dưới 50% kế hoạch",
            "0        | đạt dưới 50% kế hoạch",
    })
    void boundsAreLowerInclusiveUpperExclusive(String percent, String label) {
        assertThat(SCHEME.bandFor(new BigDecimal(percent)).label()).isEqualTo(label);
    }

    @Test
    void ceilingMetInPlanOverActualModeStillCountsAsTop() {
        PlanAssessor ratio = new PlanAssessor(AssessmentOptions.defaults().withCeilingMode(CeilingPercentMode.PLAN_OVER_ACTUAL));
        Assessment zeroAccidents = ratio.assess(Direction.DOWN, Comparator.LE, BigDecimal.valueOf(2), null, BigDecimal.ZERO, null);
        assertThat(zeroAccidents.percent()).isNull();
        assertThat(SCHEME.classify(zeroAccidents)).map(Band::label).contains("đạt và vượt kế hoạch");
    }

    @Test
    void missedStrictTargetNeverLandsInTheTopBand() {
        Assessment exactlyOnStrictFloor = ASSESSOR.assess(Direction.UP, Comparator.GT, new BigDecimal("91.6"), null, new BigDecimal("91.6"), null);
        assertThat(exactlyOnStrictFloor.percent()).isEqualByComparingTo("100");
        assertThat(SCHEME.classify(exactlyOnStrictFloor)).map(Band::label).contains("đạt từ 80 đến dưới 100% kế hoạch");
    }

    @Test
    void unassessedItemsAreNotClassifiedButStillCountInTheTotal() {
        List<Item> items = new ArrayList<>(List.of(up("A", "10", "10"), up("B", "10", "4")));
        items.add(new Item("Theo dõi", ASSESSOR.assess(Direction.NONE, Comparator.GE, BigDecimal.TEN, null, BigDecimal.ONE, null)));
        items.add(new Item("Thiếu", ASSESSOR.assess(Direction.UP, Comparator.GE, BigDecimal.TEN, null, null, null)));
        items.add(new Item("Khoảng trượt", ASSESSOR.assess(Direction.UP, Comparator.RANGE, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, null)));
        items.add(new Item("Khoảng đạt", ASSESSOR.assess(Direction.UP, Comparator.RANGE, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(2), null)));

        BandCount<Item> count = SCHEME.count(items, Item::assessment);

        assertThat(count.unclassified()).extracting(Item::name).containsExactly("Theo dõi", "Thiếu", "Khoảng trượt");
        assertThat(count.groups().get(0).members()).extracting(Item::name).containsExactly("A", "Khoảng đạt");
        assertThat(count.groups().get(0).countText("chỉ tiêu")).isEqualTo("02/06 chỉ tiêu");
    }

    @Test
    void customThreeWayScheme() {
        BandScheme threeWay = new BandScheme(List.of(
                new Band(new BigDecimal("100"), null, "đạt và vượt", "Các chỉ tiêu đạt và vượt"),
                new Band(new BigDecimal("90"), new BigDecimal("100"), "gần đạt", "Các chỉ tiêu gần đạt"),
                new Band(null, new BigDecimal("90"), "không đạt", "Các chỉ tiêu không đạt")));
        BandCount<Item> count = threeWay.count(seed004(), Item::assessment);
        assertThat(count.groups()).extracting(BandGroup::count).containsExactly(9, 0, 3);
        assertThat(AssessmentOptions.defaults().withBandScheme(threeWay).bandScheme()).isSameAs(threeWay);
    }

    @Test
    void schemesWithGapsOrOpenEndsAreRefused() {
        assertThatThrownBy(() -> new BandScheme(List.of(
                new Band(new BigDecimal("100"), null, "a", "A"),
                new Band(null, new BigDecimal("80"), "b", "B"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phải bắt đầu đúng nơi");
        assertThatThrownBy(() -> new BandScheme(List.of(new Band(new BigDecimal("100"), null, "a", "A"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Band(BigDecimal.TEN, BigDecimal.ONE, "x", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"x\"");
    }
}
