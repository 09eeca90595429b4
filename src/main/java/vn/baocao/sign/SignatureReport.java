package vn.baocao.sign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** How one signature's check is told to the clerk, the same in {@code baocao verify} and in the window. */
public final class SignatureReport {
    /** One labelled fact: "Người ký" → the name. */
    public record Line(String label, String value) {
    }

    private SignatureReport() {
    }

    /** "HỢP LỆ" or "KHÔNG HỢP LỆ": the signed bytes are intact and only signatures were added after. */
    public static String verdict(SignatureCheck c) {
        return c.valid() ? SignText.get("signatureReport.hopLe") : SignText.get("signatureReport.khongHopLe");
    }

    /** Valid and reaching an imported root: the one case that needs no further look. */
    public static boolean good(SignatureCheck c) {
        return c.valid() && c.trusted();
    }

    public static List<Line> lines(SignatureCheck c) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(SignText.get("signatureReport.nguoiKy"), c.signer()));
        if (c.issuer() != null) {
            lines.add(new Line(SignText.get("signatureReport.noiCap"), c.issuer()));
            lines.add(new Line(SignText.get("signatureReport.chungThuSo"), SignText.get("signatureReport.tuDen", Certificates.format(Date.from(c.notBefore())), Certificates.format(Date.from(c.notAfter())))));
        }
        lines.add(new Line(SignText.get("signatureReport.thoiGianKy"), c.signingTime() == null ? SignText.get("signatureReport.khongGhi")
                : SignText.get("signatureReport.theoMayNguoiKy", Certificates.format(Date.from(c.signingTime())))));
        if (c.problem() != null) {
            lines.add(new Line(SignText.get("signatureReport.loi"), c.problem()));
        }
        lines.add(new Line(SignText.get("signatureReport.sauKhiKy"), changes(c)));
        lines.add(new Line(SignText.get("signatureReport.tinCay"), c.trusted() ? SignText.get("signatureReport.coDanToiChung") : SignText.get("signatureReport.khong", c.trustProblem())));
        return lines;
    }

    private static String changes(SignatureCheck c) {
        if (c.coversWholeFile()) {
            return SignText.get("signatureReport.tepKhongThayDoi");
        }
        if (c.laterUpdates() == c.laterSignatureUpdates()) {
            return SignText.get("signatureReport.chiThemChuKy", c.laterSignatureUpdates());
        }
        return SignText.get("signatureReport.tepCoLanSua", (c.laterUpdates() - c.laterSignatureUpdates()));
    }
}
