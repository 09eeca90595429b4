package vn.baocao.document.compose;

import java.util.List;
import java.util.Locale;
import vn.baocao.domain.IssuingBody;

/**
 * The issuing body as the body text names it ({@code {{co_quan_ban_hanh}}}): "Ủy ban nhân dân xã Nấm Dẩn", "Hội đồng
 * nhân dân huyện Xín Mần", "Phòng Kinh tế", read from the letterhead in use so that a Thông báo of the People's Council
 * does not speak as the Committee.
 */
final class IssuerName {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private IssuerName() {
    }

    /** @param issuingLines the letterhead's issuing-body lines in capitals (empty: the template's, the Committee) */
    static String of(List<String> issuingLines, ReportData data) {
        if (issuingLines.isEmpty()) {
            return IssuingBody.UBND.sentenceName(null) + " " + data.areaName();
        }
        String first = issuingLines.get(0).strip();
        IssuingBody body = IssuingBody.parse(first);
        return switch (body) {
            case UBND, HDND -> body.sentenceName(null) + " " + data.areaName();
            // a name the clerk typed in capitals: written as a sentence writes it, first letter capital
            case KHAC -> sentenceCase(String.join(" ", issuingLines));
            default -> body.sentenceName(null);
        };
    }

    private static String sentenceCase(String capitals) {
        String lower = capitals.strip().toLowerCase(VI);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VI) + lower.substring(1);
    }
}
