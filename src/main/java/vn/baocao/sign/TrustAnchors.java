package vn.baocao.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.baocao.store.Database;
import vn.baocao.store.TrustAnchorRepository;

/** The root certificates the clerk imported (none is shipped): read for verifying, added from a .cer/.crt/.pem file. */
public final class TrustAnchors {
    /** One import: {@code added} false when it was there already; {@code authority} false for an end certificate. */
    public record Imported(String subject, String notAfter, String sha256, boolean added, boolean authority) {
    }

    private final Database db;

    public TrustAnchors(Database db) {
        this.db = db;
    }

    /** The imported roots, for {@link SignatureVerifier}. */
    public List<X509Certificate> roots() throws SignException {
        List<X509Certificate> roots = new ArrayList<>();
        for (TrustAnchorRepository.Anchor a : db.read(c -> new TrustAnchorRepository(c).list())) {
            try {
                roots.add((X509Certificate) factory().generateCertificate(new ByteArrayInputStream(a.der())));
            } catch (CertificateException | ClassCastException e) {
                throw new SignException(SignText.get("trustAnchors.chungThuGocDa", a.subject()), e);
            }
        }
        return roots;
    }

    /** The subjects of the imported roots, for showing. */
    public List<String> subjects() {
        return db.read(c -> new TrustAnchorRepository(c).list()).stream().map(TrustAnchorRepository.Anchor::subject).toList();
    }

    /** Reads a certificate file and stores it as a root; nothing is stored when the file is not a certificate. */
    public Imported add(Path file) throws SignException {
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(file)) {
            cert = (X509Certificate) factory().generateCertificate(in);
        } catch (IOException e) {
            throw new SignException(SignText.get("trustAnchors.khongDocDuocTep", file.toAbsolutePath()), e);
        } catch (CertificateException | ClassCastException e) {
            throw new SignException(SignText.get("trustAnchors.tepKhongPhaiChung", file.getFileName()), e);
        }
        try {
            byte[] der = cert.getEncoded();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            String subject = Certificates.subjectName(cert);
            boolean added = db.inTransaction(c -> new TrustAnchorRepository(c).add(sha, subject,
                    cert.getNotAfter().toInstant().toString(), der));
            return new Imported(subject, Certificates.format(cert.getNotAfter()), sha, added, cert.getBasicConstraints() >= 0);
        } catch (CertificateException | NoSuchAlgorithmException e) {
            throw new SignException(SignText.get("trustAnchors.tepKhongPhaiChung", file.getFileName()), e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
