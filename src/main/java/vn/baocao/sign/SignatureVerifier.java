package vn.baocao.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;

/**
 * Checks every signature of a PDF: the signed bytes against the CMS (Bouncy Castle), whether the file grew after it
 * and by what, and the certificate chain against the roots the clerk imported (PKIX at the signing time; offline, so
 * no revocation check).
 */
public final class SignatureVerifier {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignatureVerifier.class);
    private static final byte[] EOF_MARK = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    private final Set<TrustAnchor> anchors = new HashSet<>();

    public SignatureVerifier(Collection<X509Certificate> trustedRoots) {
        for (X509Certificate root : trustedRoots) {
            anchors.add(new TrustAnchor(root, null));
        }
    }

    public List<SignatureCheck> verify(byte[] pdf, String fileName) throws SignException {
        List<SignatureCheck> checks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            List<Long> ends = new ArrayList<>();
            for (PDSignature s : signatures) {
                ends.add(end(s));
            }
            List<Long> revisions = revisionEnds(pdf);
            for (int i = 0; i < signatures.size(); i++) {
                checks.add(check(pdf, signatures.get(i), ends.get(i), ends, revisions));
            }
        } catch (InvalidPasswordException e) {
            throw new SignException(SignText.get("signatureVerifier.tepPdfDuocDat", fileName), e);
        } catch (IOException e) {
            throw new SignException(SignText.get("signatureVerifier.tepPdfBiHong", fileName), e);
        }
        return checks;
    }

    /** After signing: the newest signature must be intact and cover the whole file, or nothing is written. */
    static void requireLastIntact(byte[] signed, Path input) throws SignException {
        List<SignatureCheck> checks = new SignatureVerifier(List.of()).verify(signed, input.getFileName().toString());
        SignatureCheck last = checks.isEmpty() ? null : checks.get(checks.size() - 1);
        if (last == null || !last.intact() || !last.coversWholeFile()) {
            throw new SignException(SignText.get("signatureVerifier.chuKyVuaTao", (last == null || last.problem() == null ? "" : " (" + last.problem() + ")")));
        }
    }

    private SignatureCheck check(byte[] pdf, PDSignature signature, long end, List<Long> ends, List<Long> revisions)
            throws IOException {
        String name = signature.getName();
        Instant time = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        boolean whole = end == pdf.length;
        int later = 0;
        int laterSigned = 0;
        for (long revision : revisions) {
            if (revision > end + 2) {
                later++;
                for (long e : ends) {
                    if (Math.abs(e - revision) <= 2) {
                        laterSigned++;
                        break;
                    }
                }
            }
        }
        if (!whole && later == 0) {
            later = 1; // bytes after the signature that are not a proper update
        }
        X509Certificate cert = null;
        List<X509Certificate> embedded = new ArrayList<>();
        boolean intact = false;
        String problem = null;
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), cmsOf(signature.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            Store<X509CertificateHolder> store = cms.getCertificates();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509CertificateHolder own = null;
            for (X509CertificateHolder holder : store.getMatches(null)) {
                embedded.add(converter.getCertificate(holder));
                if (own == null && signer.getSID().match(holder)) {
                    own = holder;
                }
            }
            if (own == null) {
                problem = SignText.get("signatureVerifier.chuKyKhongKem");
            } else {
                cert = converter.getCertificate(own);
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                if (!intact) {
                    problem = SignText.get("signatureVerifier.noiDungDaBi");
                }
            }
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            problem = SignText.get("signatureVerifier.noiDungDaBi2");
        } catch (Exception e) {
            LOG.warn("Không đọc được chữ ký {}", name, e);
            problem = SignText.get("signatureVerifier.chuKyBiHong");
        }
        if (cert == null) {
            return new SignatureCheck(name, name, null, null, null, time, false, problem, whole, later, laterSigned,
                    false, SignText.get("signatureVerifier.khongCoChungThu"));
        }
        String trustProblem = trustProblem(cert, embedded, time);
        return new SignatureCheck(name, Certificates.subjectName(cert), Certificates.issuerName(cert),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), time, intact, problem, whole, later,
                laterSigned, trustProblem == null, trustProblem);
    }

    private String trustProblem(X509Certificate cert, List<X509Certificate> embedded, Instant time) {
        if (anchors.isEmpty()) {
            return SignText.get("signatureVerifier.chuaNhapChungThu");
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(cert);
            X509Certificate current = cert;
            for (int guard = 0; guard < 8; guard++) {
                X509Certificate issuer = issuerOf(current, embedded);
                if (issuer == null || isAnchor(issuer) || issuer.equals(current)) {
                    break;
                }
                path.add(issuer);
                current = issuer;
            }
            path.removeIf(this::isAnchor);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            if (time != null) {
                parameters.setDate(Date.from(time));
            }
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return null;
        } catch (java.security.cert.CertPathValidatorException e) {
            if (e.getReason() == java.security.cert.CertPathValidatorException.BasicReason.EXPIRED) {
                return SignText.get("signatureVerifier.chungThuSoDa");
            }
            if (e.getReason() == java.security.cert.CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                return SignText.get("signatureVerifier.chungThuSoChua");
            }
            return SignText.get("signatureVerifier.chuoiChungThuKhong");
        } catch (GeneralSecurityException e) {
            return SignText.get("signatureVerifier.khongKiemTraDuoc");
        }
    }

    /** The CMS without the zero padding of the Contents string (Bouncy Castle refuses extra bytes). */
    private static org.bouncycastle.asn1.cms.ContentInfo cmsOf(byte[] contents) throws IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }

    private boolean isAnchor(X509Certificate cert) {
        return anchors.stream().anyMatch(a -> a.getTrustedCert().equals(cert));
    }

    private static X509Certificate issuerOf(X509Certificate cert, List<X509Certificate> candidates) {
        for (X509Certificate c : candidates) {
            if (c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && !c.equals(cert)) {
                return c;
            }
        }
        return null;
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length < 4 ? -1 : (long) range[2] + range[3];
    }

    /** The end of each revision: just after each "%%EOF" and its line end. */
    private static List<Long> revisionEnds(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        outer:
        for (int i = 0; i + EOF_MARK.length <= pdf.length; i++) {
            for (int j = 0; j < EOF_MARK.length; j++) {
                if (pdf[i + j] != EOF_MARK[j]) {
                    continue outer;
                }
            }
            int e = i + EOF_MARK.length;
            while (e < pdf.length && (pdf[e] == '\r' || pdf[e] == '\n')) {
                e++;
            }
            ends.add((long) e);
        }
        return ends;
    }
}
