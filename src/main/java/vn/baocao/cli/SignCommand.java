package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.sign.Appearance;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SigningKey;
import vn.baocao.store.Database;

/**
 * {@code sign IN.pdf --out OUT.pdf (--p12 FILE | --pkcs11 LIB | --windows) [--role person|organisation]}: signs a
 * PDF with a key file, a USB token or Windows' certificate store, showing the registered images by Phụ lục I.
 */
@Command(name = "sign", mixinStandardHelpOptions = true)
final class SignCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "VÀO.pdf", descriptionKey = "signCommand.parameter0")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "RA.pdf", descriptionKey = "signCommand.out")
    Path output;

    @Mixin
    SigningOptions signing;

    @Option(names = "--signer", paramLabel = "HỌ_TÊN",
            descriptionKey = "signCommand.signer")
    String signer;

    @Option(names = "--attachment", descriptionKey = "signCommand.attachment")
    boolean attachment;

    @Option(names = "--number", paramLabel = "SỐ", descriptionKey = "signCommand.number")
    String number;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        if (!signing.keyChosen()) {
            throw new CliException(CliText.get("signCommand.hayChonKhoaKy"));
        }
        Appearance appearance = signing.appearance(db, signer, attachment ? (number == null ? "" : number) : null);
        try (SigningKey key = signing.openKey()) {
            out.println(SigningOptions.sign(input, output, key, appearance));
            return 0;
        } catch (SignException e) {
            throw new CliException(e.getMessage());
        }
    }
}
