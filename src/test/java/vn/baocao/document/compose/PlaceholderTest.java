package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.baocao.document.compose.IndicatorSentencesTest.JOBS;
import static vn.baocao.document.compose.IndicatorSentencesTest.TRAINED;
import static vn.baocao.document.compose.IndicatorSentencesTest.Y2023;
import static vn.baocao.document.compose.IndicatorSentencesTest.figure;
import static vn.baocao.document.compose.IndicatorSentencesTest.target;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.IndicatorEvaluator;
import vn.baocao.domain.Issuer;

/** Placeholders in the clerk's text: resolved vi-VN, and every unresolvable one reported before export. */
class PlaceholderTest {
    final AssessmentOptions options = AssessmentOptions.defaults();
    final IndicatorEvaluator evaluator = new IndicatorEvaluator(options);
    final IndicatorEvaluation jobs = evaluator.evaluate(JOBS, Issuer.NQ_HDND, List.of(target(JOBS, Issuer.NQ_HDND, Comparator.GE, "3500", null),
            target(JOBS, Issuer.TINH_GIAO, Comparator.GE, "1511", null)), figure(JOBS, Y2023, "2278"), figure(JOBS, Y2023.previousYear(), "2652"));
    final IndicatorEvaluation trained = evaluator.evaluate(TRAINED, Issuer.NQ_HDND, List.of(target(TRAINED, Issuer.NQ_HDND, Comparator.GE, "57", null)),
            figure(TRAINED, Y2023, "57"), null);
    final ReportData data = new ReportData(new Area("XINMAN", "Xín Mần", AreaLevel.HUYEN, null, null, null), Y2023, Issuer.NQ_HDND,
            options, List.of(jobs, trained), Map.of(), Set.of("LD01", "LD04", "YT01"), Map.of(), List.of());

    AdministrativeDocument template(String... paragraphs) {
        DocumentBuilder b = DocumentBuilder.of(DocumentType.BAO_CAO).agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .number(null, "UBND").placeAndDate(new vn.baocao.document.PlaceAndDate("Xín Mần", null, null, 2024))
                .summary("Kết quả {{ky_bao_cao}}").heading(HeadingLevel.ARABIC, "2.", "Về thực hiện các chỉ tiêu giao");
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        return b.build();
    }

    String compose(String paragraph) {
        AdministrativeDocument doc = new ReportComposer(data, new ReportSettings(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null)).compose(template(paragraph));
        return ((Paragraph) doc.body().get(1)).printedText().replace('\u00a0', ' ');
    }

    @Test
    void indicatorAndReportPlaceholdersAreFilledTheVietnameseWay() {
        assertThat(compose("Giải quyết việc làm cho {{LD01.thuc_hien}} {{LD01.don_vi}}, đạt **{{LD01.pct_ke_hoach}}** kế hoạch "
                + "({{LD01.ke_hoach}}), {{LD01.pct_ke_hoach.TINH_GIAO}} kế hoạch tỉnh giao; năm trước {{LD01.cung_ky}}, "
                + "so với cùng kỳ {{LD01.so_cung_ky}}; đánh giá: {{LD01.danh_gia}}; {{dia_ban}}, {{ky_bao_cao}}, {{KY_SAU}}."))
                .isEqualTo("Giải quyết việc làm cho 2.278 lao động, đạt 65,09% kế hoạch (3.500), 150,76% kế hoạch tỉnh giao; "
                        + "năm trước 2.652, so với cùng kỳ giảm 374 lao động (giảm 14,1%); đánh giá: Không đạt; huyện Xín Mần, năm 2023, NĂM 2024.");
        assertThat(compose("{{LD04.cau}}")).isEqualTo("Tỷ lệ lao động qua đào tạo đạt 57%, so với Nghị quyết đạt 100%.");
    }

    @Test
    void theSummaryAndFootnotesAreFilledToo() {
        AdministrativeDocument doc = new ReportComposer(data, ReportSettings.fromJson("{}"))
                .compose(template("Số liệu[^Nguồn: {{co_quan_giao}}, {{so_chi_tieu_giao}} chỉ tiêu.]."));
        assertThat(doc.summary()).isEqualTo("Kết quả năm 2023");
        assertThat(doc.allFootnotes()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("Nguồn: Nghị quyết HĐND, 2 chỉ tiêu."));
    }

    @Test
    void everyUnresolvablePlaceholderIsAnErrorNamingItAndWhereItIs() {
        assertThatThrownBy(() -> new ReportComposer(data, ReportSettings.fromJson("{}")).compose(template(
                "Đoạn một {{LD99.thuc_hien}}.", "Đoạn hai {{LD04.cung_ky}} và {{LD01.tong}} và {{ngay_mai}}.", "{{YT01.thuc_hien}}",
                "{{#khoi_la}}", "Dở dang {{LD01.thuc_hien")))
                .isInstanceOf(PlaceholderException.class)
                .satisfies(e -> {
                    List<PlaceholderProblem> problems = ((PlaceholderException) e).problems();
                    assertThat(problems).extracting(PlaceholderProblem::placeholder).containsExactly("{{LD99.thuc_hien}}",
                            "{{LD04.cung_ky}}", "{{LD01.tong}}", "{{ngay_mai}}", "{{YT01.thuc_hien}}", "{{#khoi_la}}", "{{LD01.thuc_hien");
                    assertThat(problems.get(0).location()).isEqualTo("Thân văn bản, mục \"2. Về thực hiện các chỉ tiêu giao\", đoạn 1");
                    assertThat(problems.get(0).message()).isEqualTo("không có chỉ tiêu mã \"LD99\" trong danh mục.");
                    assertThat(problems.get(1).message()).contains("chưa có số liệu cùng kỳ năm 2022");
                    assertThat(problems.get(2).message()).contains("không có mục \"tong\"");
                    assertThat(problems.get(3).message()).contains("không có chỗ điền số liệu tên \"ngay_mai\"");
                    assertThat(problems.get(4).message()).contains("chưa có số liệu thực hiện năm 2023");
                    assertThat(problems.get(5).message()).contains("không có khối tên \"khoi_la\"");
                    assertThat(e.getMessage()).contains("Văn bản có 7 chỗ điền số liệu không hợp lệ, chưa xuất tệp");
                });
    }

    @Test
    void aSectorBlockTellsOnlyWhatTheChiTieuGiaoDidNotAndRefusesAnUnknownSector() {
        // Both indicators are assigned and told by {{#chi_tieu_giao}}: the sector block only counts them.
        AdministrativeDocument doc = new ReportComposer(data, ReportSettings.fromJson("{}"))
                .compose(template("{{#chi_tieu_giao}}", "{{#linh_vuc:LĐ-TB&XH}}", "{{#linh_vuc:Giáo dục}}"));
        List<String> texts = doc.body().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).printedText()).toList();
        assertThat(texts).filteredOn(t -> t.startsWith("- Số lao động")).hasSize(1);
        assertThat(texts).contains("Lĩnh vực Lao động - Thương binh và Xã hội có 02 chỉ tiêu được giao, kết quả từng chỉ tiêu đã nêu "
                + "tại mục thực hiện các chỉ tiêu giao: 01 chỉ tiêu đạt và vượt kế hoạch, 01 chỉ tiêu chưa đạt kế hoạch "
                + "(Số lao động được giải quyết việc làm).");
        assertThatThrownBy(() -> new ReportComposer(data, ReportSettings.fromJson("{}")).compose(template("{{#linh_vuc:Thủy lợi nội đồng}}")))
                .isInstanceOf(PlaceholderException.class).hasMessageContaining("không có lĩnh vực \"Thủy lợi nội đồng\"");
    }

    @Test
    void theShippedTemplatesComposeWithoutProblems() {
        for (ReportTemplate t : ReportTemplates.all()) {
            AdministrativeDocument doc = new ReportComposer(data, ReportSettings.defaultsFor(data.area(), t.document())).compose(t.document());
            assertThat(vn.baocao.document.DocumentFiles.toJson(doc)).as(t.id()).doesNotContain("{{");
            assertThat(doc.type()).isEqualTo(t.document().type());
        }
        assertThat(ReportTemplates.shipped()).containsKeys("bao-cao-nam", "bao-cao-6-thang", "bao-cao-9-thang", "bao-cao-quy",
                "bao-cao-thang", "ke-hoach", "thong-bao", "cong-van");
    }
}
