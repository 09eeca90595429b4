package vn.baocao.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;

/**
 * Comparison columns end to end: a colleague's wrong percentage is named to the clerk with both numbers, what the
 * sheet wrote is kept on the figure as written, and the report's own check flags it again after the commit.
 */
class DerivedColumnsImportTest {
    @TempDir
    Path dir;
    Database db;
    ExcelImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.demoDb(dir);
        service = new ExcelImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportRequest request(String name) throws Exception {
        return ImportRequest.of(CorpusImportTest.file(name + ".xlsx")).withArea(CorpusWorkbooks.NAMDAN);
    }

    @Test
    void aWrongPercentIsNamedWithTheCellAndBothValues() throws Exception {
        ImportPreview p = service.preview(request("31-so-sanh-sai"));
        assertThat(p.warnings()).containsExactly(
                "'Biểu 01'!G5 (cột \"Ước/KH (%)\"): ghi 89 nhưng tính lại tỷ lệ % (ƯTH 2024 (F) / KH 2024 (E)) được 98"
                        + " (F5 = 98, E5 = 100).",
                "'Biểu 01'!H6 (cột \"Ước/cùng kỳ (%)\"): ghi 105 nhưng tính lại tỷ lệ % (ƯTH 2024 (F) / TH 2023 (D)) được"
                        + " 106,67 (F6 = 9600, D6 = 9000).",
                "'Biểu 01'!I6 (cột \"Chênh lệch\"): ghi 150 nhưng tính lại chênh lệch (ƯTH 2024 (F) − KH 2024 (E)) được"
                        + " 100 (F6 = 9600, E6 = 9500).",
                "'Biểu 01'!G7 (cột \"Ước/KH (%)\"): ghi 99,75 nhưng tính lại tỷ lệ % (ƯTH 2024 (F) / KH 2024 (E)) được"
                        + " 97,75 (F7 = 2150,5, E7 = 2200).");
        assertThat(p.entry("'Biểu 01'!F5").notes()).anySatisfy(n -> assertThat(n).contains("ghi 89"));
        assertThat(p.questions()).isEmpty();
        Coverage cov = p.coverage();
        assertThat(cov.checked()).isEqualTo(12);
        assertThat(cov.checks()).containsEntry("khớp", 8).containsEntry("không khớp", 4);
    }

    @Test
    void theCommitKeepsWhatTheSheetWroteAndTheReportFlagsTheWrongPercentAgain() throws Exception {
        service.commit(request("31-so-sanh-sai"));
        Observation poor = db.read(c -> new ObservationRepository(c).find("LD07", CorpusWorkbooks.NAMDAN,
                Period.year(2024), ObservationKind.UOC)).orElseThrow();
        assertThat(poor.pctAsWritten()).as("lower is better: the report's percent of plan is not TH/KH").isNull();
        assertThat(poor.changeAsWritten()).isEqualTo("giảm 18,33%");
        Observation people = db.read(c -> new ObservationRepository(c).find("DS01", CorpusWorkbooks.NAMDAN,
                Period.year(2024), ObservationKind.UOC)).orElseThrow();
        assertThat(people.pctAsWritten()).isEqualTo("100,18%");
        assertThat(people.changeAsWritten()).isEqualTo("tăng 1,11%");

        AssessmentService.Result r = new AssessmentService(db).assess(CorpusWorkbooks.NAMDAN, Period.year(2024),
                Issuer.NQ_HDND, AssessmentOptions.defaults());
        assertThat(flags(r, "LD07")).isEmpty();
        Observation grain = db.read(c -> new ObservationRepository(c).find("KT04", CorpusWorkbooks.NAMDAN,
                Period.year(2024), ObservationKind.UOC)).orElseThrow();
        assertThat(grain.pctAsWritten()).isEqualTo("99,75%");
        assertThat(flags(r, "KT04")).extracting(MismatchFlag::message)
                .containsExactly("Tỷ lệ % kế hoạch ghi 99,75% nhưng tính được 97,75%.");
        assertThat(flags(r, "DS01")).isEmpty();
        assertThat(flags(r, "YT07")).extracting(MismatchFlag::kind).containsExactly(MismatchFlag.Kind.CHANGE_MAGNITUDE);
    }

    @Test
    void formsOtherThanAPercentAreReadAsTheColumnWritesThem() throws Exception {
        ImportPreview p = service.preview(request("32-tang-truong-ty-so"));
        assertThat(p.warnings()).containsExactly("'Biểu 01'!I5 (cột \"Tốc độ tăng trưởng (%)\"): ghi 1,9 nhưng tính lại "
                + "tăng trưởng % (TH 2024 (F) / TH 2023 (D)) được 2,4 (F5 = 2150,5, D5 = 2100).");
        service.commit(request("32-tang-truong-ty-so"));
        Observation people = db.read(c -> new ObservationRepository(c).find("DS01", CorpusWorkbooks.NAMDAN,
                Period.year(2024), ObservationKind.THUC_HIEN)).orElseThrow();
        assertThat(people.pctAsWritten()).as("the first comparison column wins: 0.00%% shows 100,18%%")
                .isEqualTo("100,18%");
        assertThat(people.changeAsWritten()).isEqualTo("tăng 1,11%");
    }

    private static List<MismatchFlag> flags(AssessmentService.Result r, String code) {
        return r.rows().stream().filter(e -> e.indicator().code().equals(code)).findFirst()
                .map(IndicatorEvaluation::flags).orElseThrow();
    }
}
