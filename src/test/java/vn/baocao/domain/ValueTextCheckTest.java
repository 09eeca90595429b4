package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stored figure whose text as written says another number (the demo's VH06) is flagged, never printed silently. */
class ValueTextCheckTest {
    private final IndicatorEvaluator evaluator = new IndicatorEvaluator(AssessmentOptions.defaults());

    @ParameterizedTest(name = "{0} {1} kept as {2}: flagged {3}")
    @CsvSource(delimiter = '|', value = {
        // the seed's "tỷ đồng" kept as triệu đồng: a thousandfold apart
        "triệu đồng | hơn 1.594.530 tỷ đồng | 1594530     | true",
        "triệu đồng | hơn 1.594.530 tỷ đồng | 1594530000  | false",
        "triệu đồng | 1,6 tỷ đồng          | 1600        | false",
        "triệu đồng | 1,6 tỷ đồng          | 1.6         | true",
        "tỷ đồng    | 15.718 triệu đồng    | 15.718      | false",
        "tỷ đồng    | 15.718 triệu đồng    | 15718       | true",
        "đồng       | 2 nghìn đồng         | 2000        | false",
        "triệu đồng | 15.718 triệu đồng    | 15718       | false",
        "triệu đồng | 15.718 triệu đồng    | 15719       | true",
        // less than one unit of its last written digit off, as the checks of written changes allow
        "lượt       | 38,4 nghìn lượt      | 38400       | false",
        "lượt       | 38,4 nghìn lượt      | 38499       | false",
        "lượt       | 38,4 nghìn lượt      | 38500       | true",
        "lượt       | 38,4 nghìn lượt      | 38300       | true",
        "lượt       | gần 18 nghìn         | 17600       | false",
        "lượt       | gần 18 nghìn         | 19200       | true",
        "người      | 961 người            | 961         | false",
        "người      | 961 người            | 916         | true",
        "%          | 57%                  | 57          | false",
        "%          | 57%                  | 75          | true",
        "ha         | trên 33,5            | 33.5        | false",
        // not one number: left to the other checks
        "trường     | 27/54 trường         | 50          | false",
        "người      | khoảng 1.435         | 1435        | false",
        "người      | chưa có số liệu      | 5           | false",
    })
    void theTextAsWrittenMustSayTheStoredValue(String unit, String text, String value, boolean flagged) {
        Indicator indicator = new Indicator("VH06", "Doanh thu từ hoạt động du lịch", unit, "VH",
                unit.equals("%") ? IndicatorKind.RATE : IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
        Observation o = new Observation("VH06", "XINMAN", Period.year(2023), ObservationKind.THUC_HIEN,
                new BigDecimal(value), Qualifier.NONE, null, null, text, null, null, null, "manual");
        List<MismatchFlag> flags = evaluator.evaluate(indicator, Issuer.NQ_HDND, List.of(), o, null).flags();
        if (flagged) {
            assertThat(flags).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(MismatchFlag.Kind.VALUE_TEXT);
                assertThat(f.severity()).isEqualTo(MismatchFlag.Severity.WARNING);
                assertThat(f.message()).contains("\"" + text + "\"").contains(FigureText.number(o.value(), indicator));
            });
        } else {
            assertThat(flags).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "đồng | 1", "đ | 1", "VNĐ | 1", "nghìn đồng | 1000", "ngàn đồng | 1000", "triệu đồng | 1000000",
        "Tỷ đồng | 1000000000", "tỉ đồng | 1000000000", "triệu  đồng | 1000000"})
    void moneyUnitsKnowTheirScale(String unit, String factor) {
        assertThat(VietnameseNumbers.moneyFactor(unit)).isEqualByComparingTo(factor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lượt", "triệu lượt", "đồng/người", "tỷ", "%", "''"})
    void otherUnitsAreNotMoney(String unit) {
        assertThat(VietnameseNumbers.moneyFactor(unit)).isNull();
    }
}
