package vn.baocao.app.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.baocao.render.SeedFixtures;
import vn.baocao.render.layout.FontFiles;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.sign.Appearance;
import vn.baocao.sign.PdfSigner;
import vn.baocao.sign.Pkcs12Keys;
import vn.baocao.sign.SigningKey;
import vn.baocao.sign.StampImage;
import vn.baocao.sign.TestImages;
import vn.baocao.sign.TestPki;

/** A công văn signed by a person (test CA, .p12 made here), its unsigned original, and the root as a .cer file. */
final class SignedPdfs {
    static final String SIGNER = "Vũ Xuân Thịnh";
    static final String UNIT = "UBND huyện Tam Đường";
    final Path unsigned;
    final Path signed;
    /** {@link #signed}, then signed by the organisation with its seal: two signatures. */
    final Path signedTwice;
    final Path rootFile;

    SignedPdfs(Path dir) throws Exception {
        TestPki pki = new TestPki("BaoCao Window Root CA");
        char[] password = "mat khau".toCharArray();
        Path p12 = TestPki.pkcs12(dir.resolve("nguoi-ky.p12"), pki.signer(SIGNER), password);
        unsigned = dir.resolve("cong-van.pdf");
        Files.write(unsigned, new PdfRenderer().toBytes(SeedFixtures.load("000")));
        signed = dir.resolve("cong-van-da-ky.pdf");
        try (SigningKey key = Pkcs12Keys.open(p12, password, null)) {
            new PdfSigner(FontFiles.get().face(false, false)).sign(unsigned, signed, key,
                    new Appearance.SignatureImage(SIGNER, new StampImage(TestImages.signature(), 40, 20)));
        }
        signedTwice = dir.resolve("cong-van-ky-hai-lan.pdf");
        Path unitKey = TestPki.pkcs12(dir.resolve("co-quan.p12"), pki.signer(UNIT), password);
        try (SigningKey key = Pkcs12Keys.open(unitKey, password, null)) {
            new PdfSigner(FontFiles.get().face(false, false)).sign(signed, signedTwice, key,
                    new Appearance.Seal(new StampImage(TestImages.seal(), 36, 36)));
        }
        rootFile = Files.write(dir.resolve("goc.cer"), pki.root.getEncoded());
    }
}
