package vn.baocao.sign;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test certificate authority made on the fly with Bouncy Castle: a root, and end certificates signed by it. */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    public record Issued(PrivateKey key, X509Certificate certificate, X509Certificate root) {
        public X509Certificate[] chain() {
            return new X509Certificate[] {certificate, root};
        }
    }

    public final KeyPair rootKeys;
    public final X509Certificate root;

    public TestPki(String rootName) throws Exception {
        rootKeys = keys();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + rootName + ",O=BaoCao Test,C=VN");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, rootKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        root = sign(b, rootKeys.getPrivate());
    }

    /** An end certificate valid from {@code from} to {@code to}, with the given key usage bits. */
    public Issued issue(String commonName, Instant from, Instant to, int keyUsage) throws Exception {
        KeyPair keys = keys();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial(), Date.from(from), Date.from(to),
                new X500Name("CN=" + commonName + ",O=BaoCao Test,C=VN"), keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return new Issued(keys.getPrivate(), sign(b, rootKeys.getPrivate()), root);
    }

    public Issued signer(String commonName) throws Exception {
        Instant now = Instant.now();
        return issue(commonName, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    public static Path pkcs12(Path file, Issued issued, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", issued.key(), password, issued.chain());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet()).add(BigInteger.valueOf(System.nanoTime()).shiftLeft(16));
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }
}
