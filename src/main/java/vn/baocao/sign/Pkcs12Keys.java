package vn.baocao.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;

/** A signing key from a PKCS#12 file (.p12, .pfx) and its password. */
public final class Pkcs12Keys {
    private Pkcs12Keys() {
    }

    public static SigningKey open(Path file, char[] password, String signer) throws SignException {
        if (!Files.isRegularFile(file)) {
            throw new SignException(SignText.get("pkcs12Keys.khongTimThayTep", file.toAbsolutePath()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return KeyStoreKeys.pick(store, password, signer, null, null, SignText.get("pkcs12Keys.tep", file.getFileName()));
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SignException(SignText.get("pkcs12Keys.matKhauCuaTep", file.getFileName()), e);
            }
            throw new SignException(SignText.get("pkcs12Keys.tepKhongPhaiTep", file.getFileName()), e);
        } catch (java.security.GeneralSecurityException e) {
            throw new SignException(SignText.get("pkcs12Keys.tepKhongPhaiTep", file.getFileName()), e);
        }
    }
}
