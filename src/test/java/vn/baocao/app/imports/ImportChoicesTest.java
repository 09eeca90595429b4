package vn.baocao.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.importing.plan.ImportRequest;

/** The clerk's choices: turned into the request, and a changed choice asks for the check again. */
class ImportChoicesTest {
    final ImportChoices choices = new ImportChoices();
    int checks;

    @Test
    void aChangedAreaIssuerSheetOrWholePeriodRunsTheCheckAgain() {
        choices.onChange(() -> checks++);
        choices.areaProperty().set(new Area("X.A", "A", AreaLevel.XA, "X", null, null));
        assertThat(checks).isEqualTo(1);
        choices.periodCodeProperty().set("20");
        choices.periodCodeProperty().set("2024-6");
        assertThat(checks).isEqualTo(1);
        choices.periodCodeProperty().set("2024-6T");
        assertThat(checks).isEqualTo(2);
        choices.planIssuerProperty().set(Issuer.values()[Issuer.values().length - 1]);
        assertThat(checks).isEqualTo(3);
        choices.showSheets(List.of("Biểu 01", "Biểu 02"), "Biểu 01"); // set by the program: no check
        assertThat(checks).isEqualTo(3);
        choices.sheetProperty().set("Biểu 02");
        assertThat(checks).isEqualTo(4);
    }

    @Test
    void theChoicesMakeTheRequest() {
        choices.areaProperty().set(new Area("X.A", "A", AreaLevel.XA, "X", null, null));
        choices.periodCodeProperty().set("2024-Q2");
        choices.skipErroneousRowsProperty().set(true);
        ImportRequest r = choices.apply(ImportRequest.of(new File("a.xlsx")));
        assertThat(r.area()).isEqualTo("X.A");
        assertThat(r.period()).isEqualTo(Period.quarter(2024, 2));
        assertThat(r.skipErroneousRows()).isTrue();
        choices.periodCodeProperty().set("quý hai");
        assertThatThrownBy(() -> choices.apply(ImportRequest.of(new File("a.xlsx"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kỳ báo cáo");
    }
}
