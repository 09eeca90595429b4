package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;

/** Finding an indicator from a few letters typed the way a clerk types them. */
class IndicatorSearchTest {
    static Indicator indicator(String code, String name, String unit) {
        return new Indicator(code, name, unit, "", IndicatorKind.values()[0], Direction.NONE, 0, null, null, null);
    }

    /** A small catalog in its own order; names written with the spellings colleagues use. */
    static final List<Indicator> CATALOG = List.of(
            indicator("NN01", "Diện tích gieo trồng lúa cả năm", "ha"),
            indicator("NN02", "Năng suất lúa", "tạ/ha"),
            indicator("NN03", "Sản lượng thủy sản", "tấn"),
            indicator("NN04", "Diện tích nuôi trồng thuỷ sản", "ha"),
            indicator("LD01", "Số lao động được giải quyết việc làm", "lao động"),
            indicator("LD06", "Tỷ lệ hộ nghèo (đa chiều)", "%"),
            indicator("LD07", "Số hộ nghèo", "hộ"),
            indicator("LD09", "Mức giảm tỷ lệ hộ nghèo", "điểm %"),
            indicator("LD10", "Tỷ lệ hộ cận nghèo", "%"),
            indicator("LD011", "Số lao động nữ được giải quyết việc làm", "người"),
            indicator("KT04", "Tổng sản lượng lương thực có hạt", "tấn"),
            indicator("HC01", "Số hồ sơ ld01 giải quyết trực tuyến", "hồ sơ"));

    private final IndicatorSearch search = new IndicatorSearch(CATALOG);

    private List<String> codes(String query) {
        return search.find(query, null, IndicatorSearch.MAX_RESULTS).indicators().stream().map(Indicator::code).toList();
    }

    @Test
    void lettersWithoutMarksFindTheNameWithMarks() {
        assertThat(codes("lua")).containsExactly("NN01", "NN02");
        assertThat(codes("lúa")).containsExactly("NN01", "NN02");
        assertThat(codes("LÚA")).containsExactly("NN01", "NN02");
    }

    @Test
    void thuyAndThuyWithTheToneOnEitherVowelAreTheSame() {
        assertThat(codes("thuy san")).containsExactly("NN03", "NN04");
        assertThat(codes("thủy sản")).containsExactly("NN03", "NN04");
        assertThat(codes("thuỷ sản")).containsExactly("NN03", "NN04");
    }

    @Test
    void tiAndTyAreTheSameAndTheNameThatBeginsWithTheWordsComesFirst() {
        assertThat(codes("Tỉ lệ hộ nghèo")).containsExactly("LD06", "LD09", "LD10");
        assertThat(codes("ty le ho ngheo")).containsExactly("LD06", "LD09", "LD10");
    }

    @Test
    void theFullCodeComesBeforeLongerCodesThenNamesThatMentionIt() {
        assertThat(codes("LD01")).containsExactly("LD01", "LD011", "HC01");
        assertThat(codes("ld 01")).startsWith("LD01", "LD011");
    }

    @Test
    void theBeginningOfACodeListsTheCodesInCatalogOrder() {
        // HC01's name mentions "ld01": after the codes
        assertThat(codes("LD0")).containsExactly("LD01", "LD06", "LD07", "LD09", "LD011", "HC01");
        assertThat(codes("nn")).containsExactly("NN01", "NN02", "NN03", "NN04");
    }

    @Test
    void aWordBeginningOfTheNameComesBeforeLettersInsideAWord() {
        // "san" begins "sản" in NN03, NN04, KT04 and stands inside no other word
        assertThat(codes("san")).containsExactly("NN03", "NN04", "KT04");
        // "ngheo" begins a word in all four; "heo" only stands inside words
        assertThat(codes("ngheo")).containsExactly("LD06", "LD07", "LD09", "LD10");
        assertThat(codes("heo")).containsExactly("LD06", "LD07", "LD09", "LD10");
        // a word of the name ("hạt") comes before the unit "ha", whatever the catalog order
        assertThat(codes("ha")).containsExactly("KT04", "NN01", "NN02", "NN04");
    }

    @Test
    void wordsTypedOutOfOrderOrWithWordsLeftOutStillFindTheName() {
        assertThat(codes("ho ngheo ti le")).containsExactly("LD06", "LD09", "LD10");
        // words left out: the names that begin with the first word come first
        assertThat(codes("ti le ngheo")).containsExactly("LD06", "LD10", "LD09");
        assertThat(codes("lao dong nu")).containsExactly("LD011");
    }

    @Test
    void theUnitIsSearchedToo() {
        // "tạ/ha" is NN02's unit; KT04 has "ta" and "ha" inside "tấn" and "hạt", so it comes after
        assertThat(codes("ta/ha")).containsExactly("NN02", "KT04");
        assertThat(codes("diem %")).containsExactly("LD09");
    }

    @Test
    void nothingMatchingGivesAnEmptyList() {
        assertThat(codes("xyz")).isEmpty();
        assertThat(search.find("xyz", "LD01", 10).indicators()).isEmpty();
    }

    @Test
    void theSuggestionComesFirstWhenItMatchesOrNothingIsTyped() {
        assertThat(search.find("", "LD07", 50).indicators().get(0).code()).isEqualTo("LD07");
        assertThat(search.find("", "LD07", 50).indicators()).hasSize(CATALOG.size());
        assertThat(search.find("ngheo", "LD10", 50).indicators()).extracting(Indicator::code)
                .containsExactly("LD10", "LD06", "LD07", "LD09");
        assertThat(search.find("lua", "LD10", 50).indicators()).extracting(Indicator::code).containsExactly("NN01", "NN02");
        assertThat(search.find("", "ld07", 50).indicators().get(0).code()).isEqualTo("LD07");
        assertThat(search.find("", "THEM_MOI", 50).indicators().get(0).code()).isEqualTo("NN01");
    }

    @Test
    void aLongListIsCappedAndSaysHowManyMatched() {
        List<Indicator> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(indicator(String.format("TM%03d", i), "Chỉ tiêu thêm số " + i, "người"));
        }
        IndicatorSearch big = new IndicatorSearch(many);
        IndicatorSearch.Result r = big.find("chi tieu", null, IndicatorSearch.MAX_RESULTS);
        assertThat(r.indicators()).hasSize(IndicatorSearch.MAX_RESULTS);
        assertThat(r.total()).isEqualTo(120);
        assertThat(r.capped()).isTrue();
        assertThat(r.indicators().get(0).code()).isEqualTo("TM001");
        assertThat(big.find("TM12", null, IndicatorSearch.MAX_RESULTS).indicators()).extracting(Indicator::code)
                .containsExactly("TM120");
        assertThat(big.find("", "TM099", IndicatorSearch.MAX_RESULTS).indicators().get(0).code()).isEqualTo("TM099");
    }

    @Test
    void anIndicatorIsListedAsCodeNameAndUnitAndReadBackFromThatText() {
        Indicator ld06 = search.indicator("ld06").orElseThrow();
        assertThat(IndicatorSearch.text(ld06)).isEqualTo("LD06 — Tỷ lệ hộ nghèo (đa chiều) (%)");
        assertThat(IndicatorSearch.text(indicator("X1", "Không đơn vị", ""))).isEqualTo("X1 — Không đơn vị");
        assertThat(search.codeOfText("LD06 — Tỷ lệ hộ nghèo (đa chiều) (%)")).contains("LD06");
        assertThat(search.codeOfText("LD06 — tên khác")).isEmpty();
        assertThat(search.codeOfText("LD06")).isEmpty();
        assertThat(IndicatorSearch.empty().find("lua", null, 10).indicators()).isEmpty();
    }
}
