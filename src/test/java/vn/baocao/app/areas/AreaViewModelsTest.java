package vn.baocao.app.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.IssuingBody;
import vn.baocao.store.Database;

/** "Đơn vị của tôi" and the Địa bàn editor, on an empty database. */
class AreaViewModelsTest {
    @TempDir
    Path folder;
    private Database db;
    private MyUnitViewModel unit;
    private AreasViewModel areas;
    private int chosen;

    @BeforeEach
    void open() {
        db = Database.open(folder.resolve("empty.db"));
        AreaStore store = new AreaStore(db);
        unit = new MyUnitViewModel(store, new SameThreadTaskRunner(), Messages.load());
        areas = new AreasViewModel(store, new SameThreadTaskRunner(), Messages.load());
        unit.onChosen(() -> chosen++);
        unit.load();
        areas.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstStartShowsThePageAndAFoldedNameFindsTheUnit() {
        assertThat(unit.shownProperty().get()).isTrue();
        unit.queryProperty().set("nam dan");
        assertThat(unit.results()).extracting(u -> u.code()).startsWith("01141");
        assertThat(unit.selectedProperty().get().code()).isEqualTo("01141");
        assertThat(unit.previewProperty().get()).startsWith("ỦY BAN NHÂN DÂN\nXÃ NẤM DẨN\n").contains("Địa danh: Nấm Dẩn, ngày");
        unit.bodyProperty().set(IssuingBody.PHONG_KINH_TE);
        assertThat(unit.previewProperty().get()).startsWith("UBND XÃ NẤM DẨN\nPHÒNG KINH TẾ\n");
        unit.bodyProperty().set(IssuingBody.UBND);
        unit.provinceAboveProperty().set(true);
        assertThat(unit.previewProperty().get()).startsWith("TỈNH TUYÊN QUANG\nỦY BAN NHÂN DÂN\nXÃ NẤM DẨN\n");
        assertThat(unit.choose()).isTrue();
        assertThat(chosen).isEqualTo(1);
        assertThat(unit.shownProperty().get()).isFalse();
        assertThat(unit.currentProperty().get()).contains("xã Nấm Dẩn, tỉnh Tuyên Quang").contains("01141");
        assertThat(new AreaStore(db).mine().orElseThrow().header().parentLines()).containsExactly("TỈNH TUYÊN QUANG");
    }

    @Test
    void aFreeTextBodyNeedsItsNameAndNothingIsKeptWithoutIt() {
        unit.queryProperty().set("01141");
        unit.bodyProperty().set(IssuingBody.KHAC);
        assertThat(unit.choose()).isFalse();
        assertThat(unit.message().textProperty().get()).isEqualTo("Hãy ghi tên cơ quan ban hành.");
        assertThat(new AreaStore(db).mine()).isEmpty();
        unit.queryProperty().set("khong co xa nao ten nay");
        assertThat(unit.message().textProperty().get()).contains("Không tìm thấy");
    }

    @Test
    void villagesAreAddedUnderTheUnitAndBadInputIsRefusedNamingTheCode() {
        unit.queryProperty().set("01141");
        unit.choose();
        areas.load();
        areas.selectedProperty().set(areas.areas().stream().filter(a -> a.code().equals("01141")).findFirst().orElseThrow());
        areas.startNew();
        assertThat(areas.codeProperty().get()).isEqualTo("01141.T01");
        assertThat(areas.parentProperty().get()).isEqualTo("01141");
        areas.nameProperty().set("Mẫu Một");
        assertThat(areas.add()).isTrue();
        assertThat(areas.message().textProperty().get()).isEqualTo("Đã thêm thôn Mẫu Một (mã 01141.T01).");
        areas.startNew();
        assertThat(areas.codeProperty().get()).isEqualTo("01141.T02");
        areas.nameProperty().set("Mẫu Hai");
        areas.typeProperty().set("bản");
        assertThat(areas.add()).isTrue();
        assertThat(areas.areas()).extracting(a -> a.code()).contains("01141.T01", "01141.T02");

        int before = areas.areas().size();
        areas.codeProperty().set("01141.T01");
        areas.nameProperty().set("Trùng");
        assertThat(areas.add()).isFalse();
        assertThat(areas.message().textProperty().get()).contains("\"01141.T01\" đã có");
        assertThat(areas.message().errorProperty().get()).isTrue();
        assertThat(areas.areas()).hasSize(before);

        areas.selectedProperty().set(areas.areas().stream().filter(a -> a.code().equals("01141")).findFirst().orElseThrow());
        areas.formerCodesProperty().set("KHONG_CO");
        areas.dateProperty().set("01/07/2025");
        assertThat(areas.merge()).isFalse();
        assertThat(areas.message().textProperty().get()).contains("\"KHONG_CO\"");
        areas.dateProperty().set("31/02/2025");
        assertThat(areas.merge()).isFalse();
        assertThat(areas.message().textProperty().get()).contains("không hợp lệ");
    }

    @Test
    void aRenameKeepsTheCode() {
        unit.queryProperty().set("01141");
        unit.choose();
        areas.load();
        areas.selectedProperty().set(areas.areas().stream().filter(a -> a.code().equals("01141")).findFirst().orElseThrow());
        areas.nameProperty().set("Nấm Dẩn Mới");
        areas.dateProperty().set("01/01/2027");
        assertThat(areas.rename()).isTrue();
        assertThat(areas.areas()).filteredOn(a -> a.code().equals("01141")).extracting(a -> a.name()).containsExactly("Nấm Dẩn Mới");
        assertThat(new AreaStore(db).mine().orElseThrow().header().issuingLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN MỚI");
        assertThat(areas.areas()).extracting(a -> a.level()).contains(AreaLevel.XA, AreaLevel.TINH);
    }
}
