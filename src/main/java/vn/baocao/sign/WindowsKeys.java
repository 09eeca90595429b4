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
            throw new SignException(SignText.get("windowsKeys.khoChungThuSo"));
        }
        try {
            KeyStore store = KeyStore.getInstance("Windows-MY");
            store.load(null, null);
            return KeyStoreKeys.pick(store, null, signer, store.getProvider(), null, SignText.get("windowsKeys.khoChungThuSo2"));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new SignException(SignText.get("windowsKeys.khongMoDuocKho"), e);
        }
    }
}
