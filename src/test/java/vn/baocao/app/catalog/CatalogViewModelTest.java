package vn.baocao.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

class CatalogViewModelTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private CatalogViewModel vm;
    private int changes;

    @BeforeEach
    void open() {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        vm = new CatalogViewModel(new CatalogStore(db), new SameThreadTaskRunner(), dialogs, Messages.load());
        vm.onChange(() -> changes++);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Indicator indicator(String code) {
        return vm.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsIndicatorsAndAreas() {
        assertThat(vm.indicators()).hasSizeGreaterThan(70);
        assertThat(vm.areas()).extracting(a -> a.name()).contains("Xín Mần", "Cốc Pài");
        assertThat(vm.units()).isNotEmpty();
    }

    @Test
    void selectingFillsTheFormAndSavingChangesTheNameButKeepsTheCode() {
        vm.selectedProperty().set(indicator("LD01"));
        assertThat(vm.codeProperty().get()).isEqualTo("LD01");
        assertThat(vm.addingProperty().get()).isFalse();
        vm.nameProperty().set("  Số lao động được tạo việc làm mới  ");
        vm.directionProperty().set(Direction.UP);
        assertThat(vm.save()).isTrue();
        Indicator saved = db.read(c -> new CatalogRepository(c).require("LD01"));
        assertThat(saved.name()).isEqualTo("Số lao động được tạo việc làm mới");
        assertThat(vm.selectedProperty().get().code()).isEqualTo("LD01");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aNewIndicatorIsCheckedThenAddedAtTheEnd() {
        vm.startNew();
        vm.codeProperty().set("xa 01");
        vm.nameProperty().set("Số hộ dùng nước sạch");
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Mã chỉ tiêu");
        vm.codeProperty().set("LD01");
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Đã có chỉ tiêu mã LD01");
        vm.codeProperty().set("xa01");
        vm.nameProperty().set("");
        assertThat(vm.save()).isFalse();
        vm.nameProperty().set("Số hộ dùng nước sạch");
        vm.unitProperty().set("hộ");
        vm.kindProperty().set(IndicatorKind.COUNT_STOCK);
        assertThat(vm.save()).isTrue();
        Indicator added = db.read(c -> new CatalogRepository(c).require("XA01"));
        assertThat(added.unit()).isEqualTo("hộ");
        assertThat(added.kind()).isEqualTo(IndicatorKind.COUNT_STOCK);
        assertThat(vm.indicators().get(vm.indicators().size() - 1).code()).isEqualTo("XA01");
        assertThat(vm.messageProperty().get()).isEqualTo("Đã thêm chỉ tiêu XA01.");
    }

    @Test
    void deactivatingAsksFirstAndHidesTheIndicator() {
        vm.selectedProperty().set(indicator("LD14"));
        dialogs.answer = false;
        vm.deactivateSelected();
        assertThat(vm.indicators()).extracting(Indicator::code).contains("LD14");
        dialogs.answer = true;
        vm.deactivateSelected();
        assertThat(dialogs.questions).hasSize(2).allMatch(q -> q.contains("LD14"));
        assertThat(vm.indicators()).extracting(Indicator::code).doesNotContain("LD14");
        assertThat(vm.selectedProperty().get()).isNull();
    }
}
