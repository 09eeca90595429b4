package vn.baocao.sign;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** What the clerk is told about a certificate, and whether it may sign now. */
public final class Certificates {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    /** extendedKeyUsage values that allow document signing (any purpose, e-mail protection, Adobe/Microsoft document signing). */
    private static final List<String> SIGNING_EKUS = List.of("2.5.29.37.0", "1.3.6.1.5.5.7.3.4", "1.2.840.113583.1.1.5",
            "1.3.6.1.4.1.311.10.3.12", "1.3.6.1.5.5.7.3.36");

    private Certificates() {
    }

    /** The common name of the subject (the whole subject when it has none). */
    public static String subjectName(X509Certificate cert) {
        return commonName(cert.getSubjectX500Principal().getName());
    }

    public static String issuerName(X509Certificate cert) {
        return commonName(cert.getIssuerX500Principal().getName());
    }

    static String commonName(String dn) {
        try {
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return dn;
        }
        return dn;
    }

    public static String format(Date date) {
        return DAY.format(date.toInstant());
    }

    /** Refuses a certificate that is outside its validity period at {@code now} or whose key may not sign documents. */
    static void requireUsableForSigning(X509Certificate cert, Instant now) throws SignException {
        String who = SignText.get("certificates.chungThuSoCua", subjectName(cert));
        if (now.isBefore(cert.getNotBefore().toInstant())) {
            throw new SignException(SignText.get("certificates.chuaDenNgayHieu", who, format(cert.getNotBefore())));
        }
        if (now.isAfter(cert.getNotAfter().toInstant())) {
            throw new SignException(SignText.get("certificates.daHetHanNgay", who, format(cert.getNotAfter())));
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
            throw new SignException(SignText.get("certificates.khongDuocDungDe", who));
        }
        try {
            List<String> eku = cert.getExtendedKeyUsage();
            if (eku != null && eku.stream().noneMatch(SIGNING_EKUS::contains)) {
                throw new SignException(SignText.get("certificates.chiDungChoMuc", who, String.join(", ", eku)));
            }
        } catch (CertificateParsingException e) {
            throw new SignException(SignText.get("certificates.biHongKhongDoc", who), e);
        }
    }
}
