package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.SignatureCheck;
import vn.baocao.sign.SignatureReport;
import vn.baocao.sign.SignatureVerifier;
import vn.baocao.sign.TrustAnchors;
import vn.baocao.store.Database;

/** {@code verify FILE.pdf}: each signature's signer, issuer, validity, time, later changes and trust. Exit 0 only when all are valid and trusted. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends StoreCommand {
    /** The labels are padded to one column. */
    private static final int LABEL_WIDTH = 17;

    @Parameters(index = "0", paramLabel = "TỆP.pdf", descriptionKey = "verifyCommand.parameter0")
    Path file;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(CliText.get("verifyCommand.khongDocDuocTep", file.toAbsolutePath()));
        }
        List<SignatureCheck> checks = SignSteps.refusing(
                () -> new SignatureVerifier(new TrustAnchors(db).roots()).verify(pdf, file.getFileName().toString()));
        if (checks.isEmpty()) {
            out.println(CliText.get("verifyCommand.tepKhongCoChu", file.getFileName()));
            return 1;
        }
        boolean allGood = true;
        for (int i = 0; i < checks.size(); i++) {
            SignatureCheck c = checks.get(i);
            out.println(CliText.get("verifyCommand.chuKy", (i + 1), SignatureReport.verdict(c)));
            for (SignatureReport.Line line : SignatureReport.lines(c)) {
                out.println("  " + String.format("%-" + LABEL_WIDTH + "s", line.label() + ":") + line.value());
            }
            allGood &= SignatureReport.good(c);
        }
        return allGood ? 0 : 1;
    }
}
