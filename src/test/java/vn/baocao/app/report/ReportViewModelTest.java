package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.Messages;
import vn.baocao.app.RecordingDialogs;
import vn.baocao.app.TestDatabase;
import vn.baocao.app.settings.AppSettings;
import vn.baocao.app.settings.SettingsStore;
import vn.baocao.app.settings.Signer;
import vn.baocao.app.settings.SignerAuthority;
import vn.baocao.app.task.SameThreadTaskRunner;
import vn.baocao.document.compose.ReportService;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.StoredReport;

/** The "Báo cáo" page over the demo data: compose, preview, review, accept, export, copy. */
class ReportViewModelTest {
    @TempDir
    Path folder;
    private Database db;
    private RecordingDialogs dialogs;
    private SettingsStore settings;
    private final List<Path> opened = new ArrayList<>();
    private ReportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.withDemo(folder);
        dialogs = new RecordingDialogs();
        settings = new SettingsStore(db);
        vm = new ReportViewModel(new ReportStore(db), new SameThreadTaskRunner(), dialogs, Messages.load(),
                settings::current, path -> {
                    opened.add(path);
                    return false;
                });
        vm.load();
        Files.createDirectories(folder.resolve("out"));
        dialogs.folder = folder.resolve("out");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void newAnnualReport() {
        vm.choosePeriod("2023");
        vm.choices().templateProperty().set(vm.choices().templates().stream().filter(t -> t.id().equals("bao-cao-nam")).findFirst().orElseThrow());
        vm.newReport();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void startsOnTheDistrictAndTheLatestYearWithFigures() {
        assertThat(vm.choices().templates()).hasSize(8);
        assertThat(vm.choices().areaProperty().get().code()).isEqualTo("XINMAN");
        assertThat(vm.choices().periodProperty().get()).isEqualTo(Period.year(2023));
    }

    @Test
    void theDemoReportIsComposedPreviewedAndExportedToWordAndPdf() {
        newAnnualReport();
        assertThat(vm.titleProperty().get()).contains("năm 2023").contains("chưa lưu");
        assertThat(vm.blocks()).isNotEmpty();
        assertThat(vm.pageCountProperty().get()).isGreaterThan(1);
        assertThat(vm.pageImageProperty().get()).isNotNull();
        assertThat(vm.pageImageProperty().get().getWidth()).isGreaterThan(800);
        assertThat(vm.pageTextProperty().get()).isEqualTo("Trang 1/" + vm.pageCountProperty().get());
        vm.nextPage();
        assertThat(vm.pageIndexProperty().get()).isEqualTo(1);

        vm.export();
        assertThat(dialogs.questions).hasSize(1).allMatch(q -> q.contains("cảnh báo số liệu chưa được chấp nhận"));
        ExportedFiles files = vm.exportedProperty().get();
        assertThat(files).isNotNull();
        assertThat(files.docx()).isNotEmptyFile().hasFileName("bao-cao-nam-2023-xinman.docx");
        assertThat(files.pdf()).isNotEmptyFile().hasFileName("bao-cao-nam-2023-xinman.pdf");
        assertThat(vm.messageProperty().get()).startsWith("Đã xuất");

        vm.exports().openFolder();
        assertThat(opened).containsExactly(files.folder());
        assertThat(dialogs.infos).anyMatch(i -> i.contains(files.folder().toString()));
    }

    @Test
    void reviewItemsAreListedAndAnAcceptedOneIsStoredWithTheReport() {
        newAnnualReport();
        assertThat(vm.review()).isNotEmpty().allMatch(r -> !r.message().isBlank());
        ReviewRow ld01 = vm.review().stream().filter(r -> r.key().equals("NHOM_THEO_KE_HOACH:LD01")).findFirst().orElseThrow();
        assertThat(ld01.isWarning()).isTrue();
        vm.accept(ld01);

        assertThat(ld01.acceptedProperty().get()).isTrue();
        StoredReport saved = vm.currentProperty().get();
        assertThat(saved.id()).isPositive();
        StoredReport stored = new ReportService(db).require(saved.id());
        assertThat(ReportSettings.fromJson(stored.settingsJson()).accepted()).containsExactly("NHOM_THEO_KE_HOACH:LD01");
        assertThat(vm.choices().reports()).extracting(StoredReport::id).contains(saved.id());

        vm.open(stored);
        vm.preview();
        assertThat(vm.review()).filteredOn(r -> r.key().equals("NHOM_THEO_KE_HOACH:LD01"))
                .singleElement().satisfies(r -> assertThat(r.acceptedProperty().get()).isTrue());
    }

    @Test
    void anUnknownPlaceholderIsListedInVietnameseAndNothingIsExported() {
        newAnnualReport();
        int at = vm.body().addParagraph(0);
        vm.blocks().get(at).textProperty().set("Số lao động được tạo việc làm: {{LD99.thuc_hien}} người; {{khong_co}}.");
        dialogs.answer = true;
        vm.export();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Chưa xuất tệp: nội dung có 2 chỗ điền số liệu không hợp lệ")
                .contains("{{LD99.thuc_hien}}").contains("không có chỉ tiêu mã \"LD99\"").contains("{{khong_co}}");
        assertThat(vm.problems()).hasSize(2);
        assertThat(vm.exportedProperty().get()).isNull();
        assertThat(folder.resolve("out")).isEmptyDirectory();
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void aNewReportTakesTheLetterheadAndSignerFromTheSettings() {
        AppSettings s = settings.current();
        settings.save(new AppSettings("UBND TỈNH HÀ GIANG", "ỦY BAN NHÂN DÂN HUYỆN XÍN MẦN", "Xín Mần",
                List.of(new Signer(SignerAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Hòa")),
                s.sizeProfile(), s.rounding(), s.changeWording(), s.backupFolder()));
        newAnnualReport();
        assertThat(vm.header().parentAgencyProperty().get()).isEqualTo("UBND TỈNH HÀ GIANG");
        assertThat(vm.header().issuingAgencyProperty().get()).isEqualTo("ỦY BAN NHÂN DÂN\nHUYỆN XÍN MẦN");
        assertThat(vm.header().placeProperty().get()).isEqualTo("Xín Mần");
        assertThat(vm.header().authorityProperty().get()).isEqualTo("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");
        assertThat(vm.header().positionProperty().get()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(vm.header().signerNameProperty().get()).isEqualTo("Vũ Thị Hòa");
        assertThat(vm.header().symbolProperty().get()).isEqualTo("BC-UBND");
        assertThat(vm.header().recipientsProperty().get()).contains("Lưu: VT");
    }

    @Test
    void aSavedReportIsCopiedToTheNextPeriodWithoutNumberAndDate() {
        newAnnualReport();
        vm.header().numberProperty().set("15");
        vm.header().dateProperty().set(java.time.LocalDate.of(2024, 1, 5));
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã lưu báo cáo số 1.");
        vm.choices().selectedReportProperty().set(vm.choices().reports().get(0));
        vm.copyToNextPeriod();
        assertThat(vm.currentProperty().get().period()).isEqualTo(Period.year(2024));
        assertThat(vm.header().numberProperty().get()).isEmpty();
        assertThat(vm.header().dateProperty().get()).isNull();
        assertThat(vm.choices().reports()).hasSize(2);
        assertThat(vm.messageProperty().get()).contains("năm 2024");
    }

    @Test
    void aWrongNumberOrAuthorityLineIsExplainedAndNothingIsSaved() {
        newAnnualReport();
        vm.header().numberProperty().set("mười lăm");
        vm.save();
        assertThat(dialogs.errors).singleElement().asString().contains("\"mười lăm\" không hợp lệ");
        vm.header().numberProperty().set("");
        vm.header().authorityProperty().set("CHỦ TỊCH");
        vm.save();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).contains("phải bắt đầu bằng TM., KT.");
        assertThat(new ReportService(db).list()).isEmpty();
    }

    @Test
    void recipientsKeptPerDocumentTypeInSettingsGoToANewReportAndAChangeIsOffered() {
        AppSettings s = settings.current();
        java.util.Map<vn.baocao.document.DocumentType, List<String>> lists = new java.util.EnumMap<>(vn.baocao.document.DocumentType.class);
        lists.put(vn.baocao.document.DocumentType.BAO_CAO, List.of("Thường trực Huyện ủy;", "Lưu: VT, VP."));
        lists.put(vn.baocao.document.DocumentType.CONG_VAN, List.of("Như trên;", "Lưu: VT."));
        settings.save(new AppSettings(s.parentAgency(), s.issuingAgency(), s.place(), s.signers(), s.sizeProfile(),
                s.rounding(), s.changeWording(), s.backupFolder(), lists));
        // Read back from the database, not from the copy kept in memory.
        assertThat(new SettingsStore(db).load().recipientsFor(vn.baocao.document.DocumentType.BAO_CAO))
                .containsExactly("Thường trực Huyện ủy;", "Lưu: VT, VP.");
        newAnnualReport();
        assertThat(vm.header().recipientsProperty().get()).isEqualTo("Thường trực Huyện ủy;\nLưu: VT, VP.");

        // The clerk edits the body; the list changes in Cài đặt: it is offered, not applied, until "Áp dụng".
        vm.blocks().get(vm.blocks().size() - 1).textProperty().set("Đoạn của cán bộ.");
        lists.put(vn.baocao.document.DocumentType.BAO_CAO, List.of("Thường trực HĐND huyện;", "Lưu: VT."));
        settings.save(new AppSettings(s.parentAgency(), s.issuingAgency(), s.place(), s.signers(), s.sizeProfile(),
                s.rounding(), s.changeWording(), s.backupFolder(), lists));
        vm.settingsChanged();
        assertThat(vm.settingsOfferProperty().get()).isEqualTo("Cài đặt đã thay đổi (nơi nhận) - Áp dụng vào báo cáo này?");
        assertThat(vm.header().recipientsProperty().get()).isEqualTo("Thường trực Huyện ủy;\nLưu: VT, VP.");
        vm.applySettings();
        assertThat(vm.header().recipientsProperty().get()).isEqualTo("Thường trực HĐND huyện;\nLưu: VT.");
        assertThat(vm.settingsOfferProperty().get()).isEmpty();
        assertThat(vm.blocks().get(vm.blocks().size() - 1).textProperty().get()).isEqualTo("Đoạn của cán bộ.");

        // Nothing changed since: nothing is offered.
        vm.settingsChanged();
        assertThat(vm.settingsOfferProperty().get()).isEmpty();
    }
}
