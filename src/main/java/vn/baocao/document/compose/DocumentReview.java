package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.MismatchFlag.Severity;

/**
 * The review items about the document rather than the figures: a căn cứ without the resolution's number and date,
 * paragraphs still as copied from the previous report ("chép từ kỳ trước"), and figures summed up from shorter periods
 * (lũy kế), with the periods they lack.
 */
public final class DocumentReview {
    private DocumentReview() {
    }

    public static List<ReviewItem> of(AdministrativeDocument body, ReportSettings settings, ReportData data) {
        List<ReviewItem> items = new ArrayList<>();
        boolean cites = body.body().stream().anyMatch(b -> b instanceof vn.baocao.document.Paragraph p
                && p.text().plainText().contains("{{can_cu}}"));
        if (cites && !new LegalBasisText(settings, data).isComplete()) {
            add(items, settings, "CAN_CU", Severity.WARNING, "", DocumentText.get("documentReview.canCuChuaGhi", data.period().label()));
        }
        // the Kính gửi printed is the header's, else the template's (the composer's rule)
        List<String> addressees = settings.addressees().isEmpty() ? body.addressees() : settings.addressees();
        boolean guessesAddressee = addressees.stream().anyMatch(a -> a.contains("{{kinh_gui}}") || a.contains("{{cap_tren}}"));
        if (guessesAddressee && !data.hasParent()) {
            add(items, settings, "KINH_GUI", Severity.WARNING, "", DocumentText.get("documentReview.kinhGuiChuaRo", data.areaName()));
        }
        // A plan with no stored target would be issued as "Tổng số 0 chỉ tiêu" over an empty Biểu.
        if (body.type() == vn.baocao.document.DocumentType.KE_HOACH && data.assigned().isEmpty()) {
            add(items, settings, "KHONG_CO_KE_HOACH", Severity.WARNING, "",
                    DocumentText.get("documentReview.keHoachChuaCoChiTieu", data.areaName(), data.period().label()));
        }
        int prompt = 0;
        for (String t : CarryForward.narrative(body)) {
            int at = t.indexOf("[Ghi ");
            if (at >= 0) {
                prompt++;
                int end = t.indexOf(']', at);
                add(items, settings, "CHO_DIEN:" + prompt, Severity.WARNING, "", DocumentText.get("documentReview.conChoCanViet", t.substring(at, end < 0 ? t.length() : end + 1)));
            }
        }
        // The drafted parts of Đánh giá chung are prompts when the data has nothing to say there: asked like the others.
        GeneralAssessment drafted = new GeneralAssessment(new IndicatorSentences(data.options(), data.period()));
        List<String> prompts = new ArrayList<>();
        if (ReportComposer.hasBlock(body.body(), "noi_bat")) {
            prompts.add(drafted.highlightsOrPrompt(data.assigned(), data.period()));
        }
        if (ReportComposer.hasBlock(body.body(), "han_che")
                && drafted.shortcomings(data.assigned(), ReportComposer.inReportSectors(data), data.period()).isEmpty()) {
            prompts.add(drafted.noShortcomings(data.assigned(), data.period()));
        }
        for (String t : prompts) {
            if (GeneralAssessment.isPrompt(t)) {
                prompt++;
                add(items, settings, "CHO_DIEN:" + prompt, Severity.WARNING, "", DocumentText.get("documentReview.conChoCanViet", t));
            }
        }
        List<String> carried = CarryForward.stillCarried(body, settings);
        int n = 0;
        for (String t : carried) {
            n++;
            String start = t.length() > 60 ? t.substring(0, 60) + "…" : t;
            add(items, settings, "CHEP_KY_TRUOC:" + n, Severity.INFO, "", DocumentText.get("documentReview.doanChepTuKy", start));
        }
        for (Map.Entry<String, String> e : data.spanNotes().entrySet()) {
            String name = data.row(e.getKey()).map(r -> r.indicator().name()).orElse("");
            boolean partial = e.getValue().contains("Thiếu") || e.getValue().contains("không tính được");
            add(items, settings, "LUY_KE:" + e.getKey(), partial ? Severity.WARNING : Severity.INFO, e.getKey(),
                    DocumentText.get("documentReview.soLa", e.getKey(), name, data.period().label(), lowerFirst(e.getValue())));
        }
        // A stored figure of a field the report has no section for (and no section hosts) is not printed: say so.
        if (ReportComposer.hasBlock(body.body(), "linh_vuc")) {
            for (IndicatorEvaluation r : SectorSentences.untold(SectorSentences.bySector(data.indicators()).keySet(), data.context())) {
                String code = r.indicator().code();
                add(items, settings, "KHONG_IN:" + code, Severity.INFO, code, DocumentText.get("documentReview.khongIn", code,
                        r.indicator().name(), data.period().label(), SectorHeadings.of(r.indicator().sector())));
            }
        }
        return items;
    }

    /**
     * The items that concern a document of this type: a Kế hoạch is checked for its targets, not for results it
     * cannot have yet (no "chưa có số liệu thực hiện", no comparison with last year, no percent written in a sheet).
     */
    public static List<ReviewItem> forType(List<ReviewItem> items, vn.baocao.document.DocumentType type) {
        if (type != vn.baocao.document.DocumentType.KE_HOACH) {
            return items;
        }
        return items.stream().filter(i -> !i.key().startsWith("THIEU_THUC_HIEN:") && !i.key().startsWith("THIEU_CUNG_KY:")
                && !i.key().startsWith("SO_LIEU:")).toList();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static void add(List<ReviewItem> items, ReportSettings settings, String key, Severity severity, String code, String message) {
        items.add(new ReviewItem(key, severity, code, message, settings.accepted().contains(key)));
    }
}
