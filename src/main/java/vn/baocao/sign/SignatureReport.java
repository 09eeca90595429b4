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
        return c.valid() ? "HỢP LỆ" : "KHÔNG HỢP LỆ";
    }

    /** Valid and reaching an imported root: the one case that needs no further look. */
    public static boolean good(SignatureCheck c) {
        return c.valid() && c.trusted();
    }

    public static List<Line> lines(SignatureCheck c) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Người ký", c.signer()));
        if (c.issuer() != null) {
            lines.add(new Line("Nơi cấp", c.issuer()));
            lines.add(new Line("Chứng thư số", "từ " + Certificates.format(Date.from(c.notBefore())) + " đến "
                    + Certificates.format(Date.from(c.notAfter()))));
        }
        lines.add(new Line("Thời gian ký", c.signingTime() == null ? "không ghi"
                : Certificates.format(Date.from(c.signingTime())) + " (theo máy người ký, không có dấu thời gian)"));
        if (c.problem() != null) {
            lines.add(new Line("Lỗi", c.problem()));
        }
        lines.add(new Line("Sau khi ký", changes(c)));
        lines.add(new Line("Tin cậy", c.trusted() ? "có, dẫn tới chứng thư gốc đã nhập" : "không: " + c.trustProblem()));
        return lines;
    }

    private static String changes(SignatureCheck c) {
        if (c.coversWholeFile()) {
            return "tệp không thay đổi";
        }
        if (c.laterUpdates() == c.laterSignatureUpdates()) {
            return "chỉ thêm " + c.laterSignatureUpdates() + " chữ ký số sau, nội dung đã ký còn nguyên";
        }
        return "tệp có " + (c.laterUpdates() - c.laterSignatureUpdates())
                + " lần sửa đổi không kèm chữ ký sau chữ ký này: nội dung hiển thị có thể đã khác";
    }
}
