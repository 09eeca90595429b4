package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SignatureCheck;
import vn.baocao.sign.SignatureReport;
import vn.baocao.sign.SignatureVerifier;
import vn.baocao.sign.TrustAnchors;
import vn.baocao.store.Database;

/** {@code verify FILE.pdf}: each signature's signer, issuer, validity, time, later changes and trust. Exit 0 only when all are valid and trusted. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kiểm tra các chữ ký số của tệp PDF: người ký, nơi cấp, thời hạn chứng thư, thời gian ký, tệp có bị "
                + "sửa sau khi ký không, chứng thư có dẫn tới chứng thư gốc tin cậy đã nhập (baocao trust add) không.")
final class VerifyCommand extends StoreCommand {
    /** The labels are padded to one column. */
    private static final int LABEL_WIDTH = 17;

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
            checks = new SignatureVerifier(new TrustAnchors(db).roots()).verify(pdf, file.getFileName().toString());
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
            out.println("Chữ ký " + (i + 1) + ": " + SignatureReport.verdict(c));
            for (SignatureReport.Line line : SignatureReport.lines(c)) {
                out.println("  " + String.format("%-" + LABEL_WIDTH + "s", line.label() + ":") + line.value());
            }
            allGood &= SignatureReport.good(c);
        }
        return allGood ? 0 : 1;
    }
}
