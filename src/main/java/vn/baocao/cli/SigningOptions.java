package vn.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.sign.Appearance;
import vn.baocao.sign.Certificates;
import vn.baocao.sign.PdfSigner;
import vn.baocao.sign.Pkcs11Keys;
import vn.baocao.sign.Pkcs12Keys;
import vn.baocao.sign.SignException;
import vn.baocao.sign.SigningKey;
import vn.baocao.sign.StampImage;
import vn.baocao.sign.WindowsKeys;
import vn.baocao.store.Database;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.SigningImageRepository.Kind;

/**
 * The options that choose the key and the role of a signature, shared by {@code sign} and {@code report --sign}
 * (a picocli mixin), with the one way to open the key, pick the registered image and sign.
 */
final class SigningOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    KeySource source;

    static final class KeySource {
        @ArgGroup(exclusive = false)
        P12 p12;
        @ArgGroup(exclusive = false)
        Token token;
        @Option(names = "--windows", description = "Dùng kho chứng thư số của Windows (chỉ trên Windows).")
        boolean windows;
    }

    static final class P12 {
        @Option(names = "--p12", required = true, paramLabel = "TỆP", description = "Tệp khóa ký PKCS#12 (.p12, .pfx).")
        Path file;
        @Option(names = "--password-file", paramLabel = "TỆP",
                description = "Tệp chứa mật khẩu (dòng đầu). Bỏ trống: nhập mật khẩu (không hiện) khi chạy.")
        Path passwordFile;
    }

    static final class Token {
        @Option(names = "--pkcs11", required = true, paramLabel = "THƯ_VIỆN",
                description = "Thư viện PKCS#11 của thiết bị ký số (.dll trên Windows, .so trên Linux).")
        Path library;
        @Option(names = "--slot", paramLabel = "N", description = "Số khe (slot) của thiết bị.")
        Long slot;
        @Option(names = "--token", paramLabel = "NHÃN", description = "Nhãn của thiết bị (thay cho --slot).")
        String label;
        @Option(names = "--pin-file", paramLabel = "TỆP",
                description = "Tệp chứa mã PIN (dòng đầu). Bỏ trống: nhập mã PIN (không hiện) khi chạy.")
        Path pinFile;
    }

    @Option(names = "--role", defaultValue = "person", paramLabel = "VAI",
            description = "person (mặc định): người có thẩm quyền ký, hiện hình chữ ký giữa chức vụ và họ tên; "
                    + "organisation: cơ quan ký (văn thư), hiện hình con dấu trùm 1/3 chữ ký bên trái.")
    String role;

    @Option(names = "--key", paramLabel = "TÊN",
            description = "Chọn khóa theo tên trong chứng thư số, khi tệp hoặc thiết bị có nhiều khóa.")
    String keyName;

    @Option(names = "--unit", paramLabel = "CƠ_QUAN", description = "Cơ quan có con dấu (khi đã đăng ký dấu của nhiều cơ quan).")
    String unit;

    /** Whether a key was chosen (--p12, --pkcs11 or --windows). */
    boolean keyChosen() {
        return source != null;
    }

    /**
     * The image the signature shows: the person's signature by {@code signer}'s name, the unit's seal, or (organisation,
     * {@code attachmentNumber} given) the top-right block of an attachment. Checked before anything is written.
     */
    Appearance appearance(Database db, String signer, String attachmentNumber) {
        switch (role) {
            case "person" -> {
                if (attachmentNumber != null) {
                    throw new CliException("--attachment chỉ dùng với --role organisation.");
                }
                if (signer == null || signer.isBlank()) {
                    throw new CliException("Vai person cần --signer \"HỌ TÊN\" đúng như in dưới chữ ký.");
                }
                var image = db.read(c -> new SigningImageRepository(c).get(Kind.SIGNATURE, signer.strip()))
                        .orElseThrow(() -> new CliException("Chưa đăng ký hình ảnh chữ ký của «" + signer.strip() + "»: "
                                + "baocao images signature --signer \"" + signer.strip() + "\" ANH.png"));
                return new Appearance.SignatureImage(signer.strip(), new StampImage(image.png(), image.widthMm(), image.heightMm()));
            }
            case "organisation" -> {
                if (attachmentNumber != null) {
                    if (attachmentNumber.isBlank()) {
                        throw new CliException("Văn bản kèm theo cần số và ký hiệu văn bản chính: --number 125/BC-UBND.");
                    }
                    return new Appearance.AttachmentBlock(attachmentNumber.strip());
                }
                var seals = db.read(c -> new SigningImageRepository(c).list()).stream()
                        .filter(i -> i.kind() == Kind.SEAL && (unit == null || i.owner().equalsIgnoreCase(unit.strip())))
                        .toList();
                if (seals.isEmpty()) {
                    throw new CliException("Chưa đăng ký hình ảnh con dấu" + (unit == null ? "" : " của «" + unit + "»")
                            + ": baocao images seal --unit \"TÊN CƠ QUAN\" DAU.png");
                }
                if (seals.size() > 1) {
                    throw new CliException("Đã đăng ký con dấu của nhiều cơ quan: hãy chọn một bằng --unit.");
                }
                var seal = seals.get(0);
                return new Appearance.Seal(new StampImage(seal.png(), seal.widthMm(), seal.heightMm()));
            }
            default -> throw new CliException("Vai ký không hợp lệ: «" + role + "» (person hoặc organisation).");
        }
    }

    /** Opens the chosen key; the password or PIN is read (file or masked prompt) and wiped after use. */
    SigningKey openKey() throws SignException {
        if (source == null) {
            throw new CliException("Hãy chọn khóa ký: --p12 TỆP, --pkcs11 THƯ_VIỆN hoặc --windows.");
        }
        String chosen = keyName == null ? null : keyName.strip();
        if (source.windows) {
            return WindowsKeys.open(chosen);
        }
        if (source.p12 != null) {
            char[] password = Secrets.read(source.p12.passwordFile, "Mật khẩu tệp khóa ký");
            try {
                return Pkcs12Keys.open(source.p12.file, password, chosen);
            } finally {
                Secrets.wipe(password);
            }
        }
        Token t = source.token;
        if (t.slot != null && t.label != null) {
            throw new CliException("Chọn thiết bị bằng --slot hoặc --token, không cả hai.");
        }
        char[] pin = Secrets.read(t.pinFile, "Mã PIN thiết bị ký số");
        try {
            return Pkcs11Keys.open(t.library, new Pkcs11Keys.TokenChoice(t.slot, t.label), pin, chosen);
        } finally {
            Secrets.wipe(pin);
        }
    }

    /** Signs {@code input} into {@code output} (temporary file, then one move) and returns the line that says so. */
    static String sign(Path input, Path output, SigningKey key, Appearance appearance) throws SignException {
        PdfSigner.Result result = new PdfSigner(FontFiles.get().face(false, false)).sign(input, output, key, appearance);
        return "Đã ký: " + output + " (người ký: " + result.signer() + ", trang " + result.page()
                + ", lúc " + Certificates.format(java.util.Date.from(result.signedAt())) + ").";
    }
}
