package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;

/** A figure's fields land in their own columns, whichever way the store takes them (by name or in column order). */
class ObservationColumnsTest {
    @Test
    void everyFieldGoesToItsColumn() {
        Observation o = new Observation("LD01", "X1", Period.year(2026), ObservationKind.UOC, new BigDecimal("1.50"),
                Qualifier.KHOANG, new BigDecimal("3"), new BigDecimal("2"), "khoảng 1,5", "1,5%", "tăng 2%", "ghi chú",
                "lô 1: 'Biểu'!E5");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("value", "1.5");
        expected.put("qualifier", "KHOANG");
        expected.put("numerator", "3");
        expected.put("denominator", "2");
        expected.put("text_as_written", "khoảng 1,5");
        expected.put("pct_as_written", "1,5%");
        expected.put("change_as_written", "tăng 2%");
        expected.put("note", "ghi chú");
        expected.put("source", "lô 1: 'Biểu'!E5");
        Map<String, String> data = ObservationRepository.data(o);
        assertThat(data).containsExactlyEntriesOf(expected);
        assertThat(ObservationRepository.TABLE.inColumnOrder(data)).containsExactly(ObservationRepository.dataValues(o));
        assertThat(ObservationRepository.TABLE.byColumn(ObservationRepository.dataValues(o))).isEqualTo(data);
    }
}
