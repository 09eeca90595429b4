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
            throw new SignException("Không tìm thấy tệp khóa ký " + file.toAbsolutePath() + ".");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return KeyStoreKeys.pick(store, password, signer, null, null, "tệp " + file.getFileName());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SignException("Mật khẩu của tệp khóa ký " + file.getFileName() + " không đúng.", e);
            }
            throw new SignException("Tệp " + file.getFileName() + " không phải tệp khóa ký PKCS#12 (.p12, .pfx) đọc được.", e);
        } catch (java.security.GeneralSecurityException e) {
            throw new SignException("Tệp " + file.getFileName() + " không phải tệp khóa ký PKCS#12 (.p12, .pfx) đọc được.", e);
        }
    }
}
