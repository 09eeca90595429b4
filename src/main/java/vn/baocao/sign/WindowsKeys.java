package vn.baocao.sign;

import java.io.IOException;
import java.security.KeyStore;

/**
 * A signing key from Windows' own certificate store (Windows-MY, through the JDK's SunMSCAPI provider): where the
 * token's Windows driver puts the leader's certificate. Windows asks for the PIN itself. Only on Windows.
 */
public final class WindowsKeys {
    private WindowsKeys() {
    }

    public static SigningKey open(String signer) throws SignException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            throw new SignException("Kho chứng thư số của Windows chỉ dùng được trên Windows.");
        }
        try {
            KeyStore store = KeyStore.getInstance("Windows-MY");
            store.load(null, null);
            return KeyStoreKeys.pick(store, null, signer, store.getProvider(), null, "kho chứng thư số của Windows");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new SignException("Không mở được kho chứng thư số của Windows.", e);
        }
    }
}
