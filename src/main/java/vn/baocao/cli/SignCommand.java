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
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Ký số tệp PDF (PAdES) bằng tệp khóa .p12, thiết bị ký số (USB token, PKCS#11) hoặc kho chứng thư "
                + "của Windows. Tệp gốc giữ nguyên; chữ ký trước (nếu có) vẫn hợp lệ.")
final class SignCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "VÀO.pdf", description = "Tệp PDF cần ký.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "RA.pdf", description = "Tệp PDF đã ký (ghi mới hoặc thay).")
    Path output;

    @Mixin
    SigningOptions signing;

    @Option(names = "--signer", paramLabel = "HỌ_TÊN",
            description = "Họ tên người ký đúng như in trên văn bản (vai person: bắt buộc; chọn ảnh chữ ký đã đăng ký).")
    String signer;

    @Option(names = "--attachment", description = "Văn bản kèm theo ở tệp riêng (vai organisation): không hiện hình, "
            + "ghi số văn bản và thời gian ký ở góc trên bên phải trang đầu.")
    boolean attachment;

    @Option(names = "--number", paramLabel = "SỐ", description = "Số và ký hiệu văn bản (với --attachment), ví dụ 125/BC-UBND.")
    String number;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        if (!signing.keyChosen()) {
            throw new CliException("Hãy chọn khóa ký: --p12 TỆP, --pkcs11 THƯ_VIỆN hoặc --windows.");
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
