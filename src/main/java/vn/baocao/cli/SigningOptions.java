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
        @Option(names = "--windows", descriptionKey = "signingOptions.windows")
        boolean windows;
    }

    static final class P12 {
        @Option(names = "--p12", required = true, paramLabel = "TỆP", descriptionKey = "signingOptions.p12")
        Path file;
        @Option(names = "--password-file", paramLabel = "TỆP",
                descriptionKey = "signingOptions.passwordFile")
        Path passwordFile;
    }

    static final class Token {
        @Option(names = "--pkcs11", required = true, paramLabel = "THƯ_VIỆN",
                descriptionKey = "signingOptions.pkcs11")
        Path library;
        @Option(names = "--slot", paramLabel = "N", descriptionKey = "signingOptions.slot")
        Long slot;
        @Option(names = "--token", paramLabel = "NHÃN", descriptionKey = "signingOptions.token")
        String label;
        @Option(names = "--pin-file", paramLabel = "TỆP",
                descriptionKey = "signingOptions.pinFile")
        Path pinFile;
    }

    @Option(names = "--role", defaultValue = "person", paramLabel = "VAI",
            descriptionKey = "signingOptions.role")
    String role;

    @Option(names = "--key", paramLabel = "TÊN",
            descriptionKey = "signingOptions.key")
    String keyName;

    @Option(names = "--unit", paramLabel = "CƠ_QUAN", descriptionKey = "signingOptions.unit")
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
                    throw new CliException(CliText.get("signingOptions.attachmentChiDungVoi"));
                }
                if (signer == null || signer.isBlank()) {
                    throw new CliException(CliText.get("signingOptions.vaiPersonCanSigner"));
                }
                var image = db.read(c -> new SigningImageRepository(c).get(Kind.SIGNATURE, signer.strip()))
                        .orElseThrow(() -> new CliException(CliText.get("signingOptions.chuaDangKyHinh", signer.strip(), signer.strip())));
                return new Appearance.SignatureImage(signer.strip(), new StampImage(image.png(), image.widthMm(), image.heightMm()));
            }
            case "organisation" -> {
                if (attachmentNumber != null) {
                    if (attachmentNumber.isBlank()) {
                        throw new CliException(CliText.get("signingOptions.vanBanKemTheo"));
                    }
                    return new Appearance.AttachmentBlock(attachmentNumber.strip());
                }
                var seals = db.read(c -> new SigningImageRepository(c).list()).stream()
                        .filter(i -> i.kind() == Kind.SEAL && (unit == null || i.owner().equalsIgnoreCase(unit.strip())))
                        .toList();
                if (seals.isEmpty()) {
                    throw new CliException(CliText.get("signingOptions.chuaDangKyHinh2", (unit == null ? "" : CliText.get("signingOptions.cua", unit))));
                }
                if (seals.size() > 1) {
                    throw new CliException(CliText.get("signingOptions.daDangKyCon"));
                }
                var seal = seals.get(0);
                return new Appearance.Seal(new StampImage(seal.png(), seal.widthMm(), seal.heightMm()));
            }
            default -> throw new CliException(CliText.get("signingOptions.vaiKyKhongHop", role));
        }
    }

    /** Opens the chosen key; the password or PIN is read (file or masked prompt) and wiped after use. */
    SigningKey openKey() throws SignException {
        if (source == null) {
            throw new CliException(CliText.get("signingOptions.hayChonKhoaKy"));
        }
        String chosen = keyName == null ? null : keyName.strip();
        if (source.windows) {
            return WindowsKeys.open(chosen);
        }
        if (source.p12 != null) {
            char[] password = Secrets.read(source.p12.passwordFile, CliText.get("signingOptions.matKhauTepKhoa"));
            try {
                return Pkcs12Keys.open(source.p12.file, password, chosen);
            } finally {
                Secrets.wipe(password);
            }
        }
        Token t = source.token;
        if (t.slot != null && t.label != null) {
            throw new CliException(CliText.get("signingOptions.chonThietBiBang"));
        }
        char[] pin = Secrets.read(t.pinFile, CliText.get("signingOptions.maPinThietBi"));
        try {
            return Pkcs11Keys.open(t.library, new Pkcs11Keys.TokenChoice(t.slot, t.label), pin, chosen);
        } finally {
            Secrets.wipe(pin);
        }
    }

    /** Signs {@code input} into {@code output} (temporary file, then one move) and returns the line that says so. */
    static String sign(Path input, Path output, SigningKey key, Appearance appearance) throws SignException {
        PdfSigner.Result result = new PdfSigner(FontFiles.get().face(false, false)).sign(input, output, key, appearance);
        return CliText.get("signingOptions.daKyNguoiKy", output, result.signer(), result.page(), Certificates.format(java.util.Date.from(result.signedAt())));
    }
}
