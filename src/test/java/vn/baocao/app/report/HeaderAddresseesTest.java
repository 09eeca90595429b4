package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.app.Messages;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.document.compose.ReportTemplates;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;

/** The header tab's "Kính gửi" field: the template's placeholder is not shown as code, and what the clerk writes is kept. */
class HeaderAddresseesTest {
    private final AdministrativeDocument letter = ReportTemplates.require("cong-van").document();
    private final ReportSettings base = ReportSettings.defaultsFor(
            new Area("XINMAN", "Xín Mần", AreaLevel.HUYEN, "HAGIANG", null, null), letter);

    @Test
    void theTemplatesPlaceholderIsAnEmptyFieldThatKeepsIt() {
        assertThat(base.addressees()).containsExactly("{{kinh_gui}}");
        HeaderFields fields = new HeaderFields();
        fields.fill(base, letter);
        assertThat(fields.addresseesProperty().get()).isEmpty();
        // left empty, the composer falls back to the template's line: the superior found from the area
        assertThat(fields.settings(base, List.of(), Messages.load()).addressees()).isEmpty();
    }

    @Test
    void whatTheClerkWritesIsTheLettersKinhGui() {
        HeaderFields fields = new HeaderFields();
        fields.fill(base, letter);
        fields.addresseesProperty().set("Sở Tài chính tỉnh Hà Giang\n  \nSở Nội vụ tỉnh Hà Giang");
        ReportSettings s = fields.settings(base, List.of(), Messages.load());
        assertThat(s.addressees()).containsExactly("Sở Tài chính tỉnh Hà Giang", "Sở Nội vụ tỉnh Hà Giang");
        HeaderFields again = new HeaderFields();
        again.fill(s, letter);
        assertThat(again.addresseesProperty().get()).isEqualTo("Sở Tài chính tỉnh Hà Giang\nSở Nội vụ tỉnh Hà Giang");
    }
}
