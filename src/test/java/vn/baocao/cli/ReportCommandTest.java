package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.app.settings.AppSettings;
import vn.baocao.app.settings.SettingsStore;
import vn.baocao.document.SizeProfile;
import vn.baocao.render.check.RenderedSizes;
import vn.baocao.store.Database;

/** {@code baocao report …} on the demo data: export, store, review, accept, copy to next period. */
class ReportCommandTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.on(dir.resolve("baocao.db"), args);
    }

    @Test
    void exportsWordAndPdfWithTheReviewListed() {
        run("demo", "load");
        Path docx = dir.resolve("bc.docx");
        Path pdf = dir.resolve("bc.pdf");
        CliRun r = run("report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period", "2023", "--docx", docx.toString(),
                "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kiểm tra số liệu trước khi xuất").contains("[cảnh báo]").contains("NHOM_THEO_KE_HOACH:LD01")
                .contains("Đã ghi tệp Word").contains("Đã ghi tệp PDF");
        assertThat(docx).isNotEmptyFile();
        assertThat(pdf).isNotEmptyFile();
    }

    @Test
    void storedReportsAreReviewedAcceptedAndCopiedToTheNextPeriod() {
        run("demo", "load");
        CliRun saved = run("report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period", "2023", "--save",
                "--number", "15", "--date", "2024-01-05", "--signer", "Vũ Thị Hòa", "--strict");
        assertThat(saved.out()).contains("Đã lưu báo cáo số 1");
        assertThat(saved.code()).isEqualTo(1);
        assertThat(saved.err()).contains("cảnh báo số liệu chưa được chấp nhận");

        assertThat(run("report", "accept", "1", "NHOM_THEO_KE_HOACH:LD01").out()).contains("Đã chấp nhận 1 mục");
        assertThat(run("report", "accept", "1", "KHONG_CO").err()).contains("không có mục kiểm tra \"KHONG_CO\"");
        assertThat(run("report", "review", "1").out()).contains("[đã chấp nhận]");
        assertThat(run("report", "accept", "1", "--all").code()).isZero();
        Path pdf = dir.resolve("bc.pdf");
        CliRun strict = run("report", "--id", "1", "--strict", "--pdf", pdf.toString());
        assertThat(strict.code()).as(strict.err()).isZero();

        CliRun show = run("report", "show", "1");
        assertThat(show.out()).contains("số: 15/BC-UBND").contains("ngày: 2024-01-05").contains("Vũ Thị Hòa")
                .contains("Chỉ tiêu (12)");
        CliRun copy = run("report", "copy", "1");
        assertThat(copy.out()).contains("Đã tạo báo cáo số 2 cho năm 2024");
        CliRun next = run("report", "show", "2");
        assertThat(next.out()).contains("năm 2024").contains("số: (chưa có)/BC-UBND").contains("ngày: (chưa có)")
                .contains("Vũ Thị Hòa").contains("Chỉ tiêu (12)").contains("Mục kiểm tra đã chấp nhận: không có");
        assertThat(run("report", "list").out()).contains("năm 2024").contains("năm 2023");
        // next year's report has targets but no figures yet: it composes, and the review says what is missing
        CliRun review = run("report", "review", "2");
        assertThat(review.out()).contains("THIEU_THUC_HIEN:LD01").contains("chưa có số liệu thực hiện năm 2024");
    }

    @Test
    void templatesAreListedAndBadInputIsExplained() {
        assertThat(run("report", "templates").out()).contains("bao-cao-nam").contains("cong-van");
        run("demo", "load");
        CliRun missing = run("report", "--area", "XINMAN", "--period", "2023", "--pdf", dir.resolve("x.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cần --template, --area và --period");
        CliRun bad = run("report", "--template", "khong-co", "--area", "XINMAN", "--period", "2023", "--pdf", dir.resolve("x.pdf").toString());
        assertThat(bad.err()).contains("Không có mẫu \"khong-co\"");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void theSizeChosenInTheSettingsIsTheBodySizeOfBothFiles() throws Exception {
        run("demo", "load");
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            SettingsStore settings = new SettingsStore(db);
            AppSettings s = settings.load();
            settings.save(new AppSettings(s.parentAgency(), s.issuingAgency(), s.place(), s.signers(), SizeProfile.P13,
                    s.rounding(), s.changeWording(), s.backupFolder()));
        }
        Path docx = dir.resolve("bc13.docx");
        Path pdf = dir.resolve("bc13.pdf");
        CliRun r = run("report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period", "2023",
                "--docx", docx.toString(), "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(RenderedSizes.wordStyleSizePt(Files.readAllBytes(docx), "BodyText")).isEqualTo(13.0);
        assertThat(RenderedSizes.pdfCommonestSizePt(Files.readAllBytes(pdf))).isEqualTo(13.0);
    }
}
