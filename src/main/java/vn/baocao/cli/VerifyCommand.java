package vn.baocao.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.Certificates;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SignatureCheck;
import vn.baocao.sign.SignatureVerifier;
import vn.baocao.store.Database;
import vn.baocao.store.TrustAnchorRepository;

/** {@code verify FILE.pdf}: each signature's signer, issuer, validity, time, later changes and trust. Exit 0 only when all are valid and trusted. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kiểm tra các chữ ký số của tệp PDF: người ký, nơi cấp, thời hạn chứng thư, thời gian ký, tệp có bị "
                + "sửa sau khi ký không, chứng thư có dẫn tới chứng thư gốc tin cậy đã nhập (baocao trust add) không.")
final class VerifyCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "TỆP.pdf", description = "Tệp PDF cần kiểm tra.")
    Path file;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("Không đọc được tệp " + file.toAbsolutePath() + ".");
        }
        List<SignatureCheck> checks;
        try {
            checks = new SignatureVerifier(roots(db)).verify(pdf, file.getFileName().toString());
        } catch (SignException e) {
            throw new CliException(e.getMessage());
        }
        if (checks.isEmpty()) {
            out.println("Tệp " + file.getFileName() + " không có chữ ký số nào.");
            return 1;
        }
        boolean allGood = true;
        for (int i = 0; i < checks.size(); i++) {
            SignatureCheck c = checks.get(i);
            out.println("Chữ ký " + (i + 1) + ": " + (c.valid() ? "HỢP LỆ" : "KHÔNG HỢP LỆ"));
            out.println("  Người ký:        " + c.signer());
            if (c.issuer() != null) {
                out.println("  Nơi cấp:         " + c.issuer());
                out.println("  Chứng thư số:    từ " + Certificates.format(Date.from(c.notBefore())) + " đến "
                        + Certificates.format(Date.from(c.notAfter())));
            }
            out.println("  Thời gian ký:    " + (c.signingTime() == null ? "không ghi"
                    : Certificates.format(Date.from(c.signingTime())) + " (theo máy người ký, không có dấu thời gian)"));
            if (c.problem() != null) {
                out.println("  Lỗi:             " + c.problem());
            }
            out.println("  Sau khi ký:      " + changes(c));
            out.println("  Tin cậy:         " + (c.trusted() ? "có, dẫn tới chứng thư gốc đã nhập" : "không: " + c.trustProblem()));
            allGood &= c.valid() && c.trusted();
        }
        return allGood ? 0 : 1;
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

    static List<X509Certificate> roots(Database db) {
        List<X509Certificate> roots = new ArrayList<>();
        for (TrustAnchorRepository.Anchor a : db.read(c -> new TrustAnchorRepository(c).list())) {
            try {
                roots.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(a.der())));
            } catch (CertificateException e) {
                throw new CliException("Chứng thư gốc đã nhập " + a.subject() + " bị hỏng: hãy xóa rồi nhập lại.");
            }
        }
        return roots;
    }
}
