package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.importing.plan.Answers;
import vn.baocao.importing.plan.ImportQuestion;

/** The picker of one indicator question, without a window: type, move with the arrows, take a line. */
class CatalogPickerTest {
    private final IndicatorSearch search = new IndicatorSearch(IndicatorSearchTest.CATALOG);

    private static QuestionRow question(String suggested) {
        return new QuestionRow(new ImportQuestion("chi-tieu:15", ImportQuestion.Kind.INDICATOR, "'Biểu 01'!B15",
                "Dòng 15 \"Lao động có việc làm mới\" là chỉ tiêu nào trong danh mục?", List.of(
                new ImportQuestion.Choice("LD01", "LD01 Số lao động được giải quyết việc làm (lao động) — tên gần giống"),
                new ImportQuestion.Choice(Answers.ADD, "Thêm chỉ tiêu mới \"Lao động có việc làm mới\" vào danh mục"),
                new ImportQuestion.Choice(Answers.SKIP, "Không nhập dòng này")), suggested, false), null);
    }

    private static List<String> values(CatalogPicker p) {
        return p.items().stream().map(CatalogPicker.Item::value).toList();
    }

    @Test
    void withNothingTypedTheSuggestionComesFirstAndTheOtherAnswersLast() {
        CatalogPicker p = new CatalogPicker(search, question("LD01"));
        assertThat(values(p)).hasSize(IndicatorSearchTest.CATALOG.size() + 2).startsWith("LD01", "NN01")
                .endsWith(Answers.ADD, Answers.SKIP);
        assertThat(p.items().get(0).suggested()).isTrue();
        assertThat(p.items().get(0).text()).isEqualTo("LD01 — Số lao động được giải quyết việc làm (lao động)");
        assertThat(p.items().get(1).suggested()).isFalse();
        assertThat(p.items().get(p.items().size() - 1).indicator()).isFalse();
        assertThat(p.items().get(p.items().size() - 1).text()).isEqualTo("Không nhập dòng này");
        assertThat(p.selectedIndexProperty().get()).isZero();
        assertThat(p.matchedProperty().get()).isEqualTo(IndicatorSearchTest.CATALOG.size());
    }

    @Test
    void typingFiltersAndTheArrowsAndEnterSetTheAnswerToTheCode() {
        QuestionRow row = question("LD01");
        CatalogPicker p = new CatalogPicker(search, row);
        p.queryProperty().set("ti le ho ngheo");
        assertThat(values(p)).containsExactly("LD06", "LD09", "LD10", Answers.ADD, Answers.SKIP);
        assertThat(p.matchedProperty().get()).isEqualTo(3);
        p.moveDown();
        p.moveDown();
        p.moveUp();
        assertThat(p.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(p.pick()).isTrue();
        assertThat(row.answerProperty().get()).isEqualTo("LD09");
    }

    @Test
    void theSelectionStaysInsideTheListAndGoesBackToTheTopOnEachLetter() {
        CatalogPicker p = new CatalogPicker(search, question(null));
        p.queryProperty().set("lua");
        p.moveUp();
        assertThat(p.selectedIndexProperty().get()).isZero();
        for (int i = 0; i < 10; i++) {
            p.moveDown();
        }
        assertThat(p.selectedIndexProperty().get()).isEqualTo(p.items().size() - 1);
        p.queryProperty().set("lua c");
        assertThat(p.selectedIndexProperty().get()).isZero();
        assertThat(values(p)).startsWith("NN01");
    }

    @Test
    void theOtherAnswersCanBePickedAndASuggestedNewIndicatorComesFirst() {
        QuestionRow row = question(Answers.ADD);
        CatalogPicker p = new CatalogPicker(search, row);
        assertThat(values(p)).startsWith(Answers.ADD, "NN01").endsWith(Answers.SKIP).containsOnlyOnce(Answers.ADD);
        assertThat(p.items().get(0).suggested()).isTrue();
        p.queryProperty().set("khong co chi tieu nao nhu the");
        assertThat(values(p)).containsExactly(Answers.ADD, Answers.SKIP);
        assertThat(p.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(p.pick()).isFalse();
        assertThat(row.answerProperty().get()).isNull();
        p.moveDown();
        p.moveDown();
        p.pick();
        assertThat(row.answerProperty().get()).isEqualTo(Answers.SKIP);
    }

    @Test
    void enterOnAnEmptyListChangesNothing() {
        QuestionRow row = new QuestionRow(new ImportQuestion("chi-tieu:9", ImportQuestion.Kind.INDICATOR, "B9", "?",
                List.of(), null, false), "LD01");
        CatalogPicker p = new CatalogPicker(IndicatorSearch.empty(), row);
        assertThat(p.items()).isEmpty();
        assertThat(p.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(p.pick()).isFalse();
        assertThat(row.answerProperty().get()).isEqualTo("LD01");
    }
}
