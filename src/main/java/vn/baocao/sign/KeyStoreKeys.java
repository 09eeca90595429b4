package vn.baocao.sign;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Picks the signing key out of an opened key store: the one entry with a private key, or the one chosen by name. */
final class KeyStoreKeys {
    private KeyStoreKeys() {
    }

    /**
     * The key whose certificate's subject contains {@code signer} (any when null); refuses when none or several fit,
     * so that a clerk never signs with a key they did not mean.
     */
    static SigningKey pick(KeyStore store, char[] keyPassword, String signer, Provider provider, Runnable onClose,
            String where) throws SignException {
        List<String> fits = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias) || !(store.getCertificate(alias) instanceof X509Certificate cert)) {
                    continue;
                }
                if (signer == null || Certificates.subjectName(cert).toLowerCase(java.util.Locale.ROOT)
                        .contains(signer.toLowerCase(java.util.Locale.ROOT))) {
                    fits.add(alias);
                }
            }
            if (fits.isEmpty()) {
                throw new SignException(signer == null
                        ? SignText.get("keyStoreKeys.khongCoKhoaKy", where)
                        : SignText.get("keyStoreKeys.khongCoKhoaKy2", signer, where));
            }
            if (fits.size() > 1) {
                List<String> names = new ArrayList<>();
                for (String alias : fits) {
                    names.add(Certificates.subjectName((X509Certificate) store.getCertificate(alias)));
                }
                throw new SignException(SignText.get("keyStoreKeys.coKhoaKyTrong", fits.size(), where, String.join("; ", names)));
            }
            String alias = fits.get(0);
            PrivateKey key = (PrivateKey) store.getKey(alias, keyPassword);
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] certs = store.getCertificateChain(alias);
            if (certs == null) {
                chain.add((X509Certificate) store.getCertificate(alias));
            } else {
                for (Certificate c : certs) {
                    chain.add((X509Certificate) c);
                }
            }
            return new SigningKey(key, chain, provider, onClose);
        } catch (KeyStoreException | java.security.NoSuchAlgorithmException | java.security.UnrecoverableKeyException e) {
            throw new SignException(SignText.get("keyStoreKeys.khongDocDuocKhoa", where), e);
        }
    }
}
