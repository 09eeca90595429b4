package vn.baocao.sign;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key ready to sign, with its certificate chain (the signer's first) and the provider that holds it
 * (a token's PKCS#11 provider, Windows' store, or null for a key in memory). Closing logs out of a token.
 */
public final class SigningKey implements AutoCloseable {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Provider provider;
    private final Runnable onClose;

    SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider, Runnable onClose) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.provider = provider;
        this.onClose = onClose;
    }

    PrivateKey key() {
        return key;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    Provider provider() {
        return provider;
    }

    @Override
    public void close() {
        if (onClose != null) {
            onClose.run();
        }
    }
}
