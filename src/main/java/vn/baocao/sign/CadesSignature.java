package vn.baocao.sign;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES baseline B signature (ETSI EN 319 142-1), built with Bouncy Castle: detached SHA-256 digest of
 * the signed byte ranges, the signing-certificate-v2 attribute binding the signer's certificate, the chain, and no
 * signing-time attribute (PAdES puts the claimed time in the signature dictionary's M entry instead).
 */
final class CadesSignature {
    private CadesSignature() {
    }

    static byte[] sign(byte[] content, SigningKey key) throws SignException {
        X509Certificate cert = key.certificate();
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm(key));
            if (key.provider() != null) {
                builder.setProvider(key.provider());
            }
            ContentSigner signer = builder.build(key.key());
            AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId(cert)}))));
            DefaultSignedAttributeTableGenerator attributes = new DefaultSignedAttributeTableGenerator(extra) {
                @Override
                public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes).build(signer, cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            return data.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException
                 | java.security.NoSuchAlgorithmException e) {
            String root = Pkcs11Keys.rootMessage(e);
            if (root.contains("CKR_DEVICE_REMOVED") || root.contains("CKR_TOKEN_NOT_PRESENT")
                    || root.contains("CKR_SESSION_HANDLE_INVALID") || root.contains("CKR_DEVICE_ERROR")) {
                throw new SignException(SignText.get("cadesSignature.thietBiKySo"), e);
            }
            throw new SignException(SignText.get("cadesSignature.khongTaoDuocChu", root), e);
        } catch (RuntimeException e) {
            throw new SignException(SignText.get("cadesSignature.thietBiKySo2"), e);
        }
    }

    private static String algorithm(SigningKey key) {
        String keyAlgorithm = key.certificate().getPublicKey().getAlgorithm();
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSASSA-PSS" -> "SHA256withRSAandMGF1";
            default -> "SHA256withRSA";
        };
    }

    private static ESSCertIDv2 certId(X509Certificate cert) throws CertificateEncodingException,
            java.security.NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                new ASN1Integer(cert.getSerialNumber()));
        return new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
    }
}
