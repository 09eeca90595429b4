package vn.baocao.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signing key on a PKCS#11 token (a USB token of the government CA, or SoftHSM in the tests), through the JDK's
 * SunPKCS11 provider: the token's library, the slot by number or the token by label, and the PIN. The PIN is used
 * for the login only: never stored, never logged.
 */
public final class Pkcs11Keys {
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Keys.class);
    private static final int MAX_SLOT_INDEX = 16;

    private Pkcs11Keys() {
    }

    /** Which token: a slot number, or a token label (both null: the first token present). */
    public record TokenChoice(Long slot, String label) {
    }

    public static SigningKey open(Path library, TokenChoice choice, char[] pin, String signer) throws SignException {
        if (!Files.isRegularFile(library)) {
            throw new SignException(SignText.get("pkcs11Keys.khongTimThayThu", library.toAbsolutePath()));
        }
        Provider provider = provider(library, choice);
        TokenInfo before = TokenInfo.of(provider);
        if (before != null && (before.flags() & 0x00040000L) != 0) {
            throw new SignException(SignText.get("pkcs11Keys.maPinKhongDuoc", before.triesLeft()));
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException e) {
            if (hasCause(e, LoginException.class) || String.valueOf(rootMessage(e)).contains("CKR_PIN")) {
                TokenInfo after = TokenInfo.of(provider);
                String message = String.valueOf(rootMessage(e)).contains("CKR_PIN_LOCKED")
                        ? SignText.get("pkcs11Keys.thietBiKySo2")
                        : SignText.get("pkcs11Keys.maPinCuaThiet", (after == null ? "" : after.triesLeft()));
                throw new SignException(message, e);
            }
            throw new SignException(SignText.get("pkcs11Keys.khongDangNhapDuoc", rootMessage(e)), e);
        } catch (java.security.GeneralSecurityException e) {
            throw new SignException(SignText.get("pkcs11Keys.khongDocDuocThiet", rootMessage(e)), e);
        }
        Provider opened = provider;
        Runnable logout = () -> {
            try {
                ((AuthProvider) opened).logout();
            } catch (LoginException | RuntimeException e) {
                LOG.warn("Đăng xuất khỏi thiết bị ký số không thành công", e);
            }
        };
        try {
            return KeyStoreKeys.pick(store, null, signer, provider, logout, SignText.get("pkcs11Keys.thietBiKySo"));
        } catch (SignException e) {
            logout.run();
            throw e;
        }
    }

    private static Provider provider(Path library, TokenChoice choice) throws SignException {
        if (choice.label() == null) {
            String slot = choice.slot() == null ? "slotListIndex=0" : "slot=" + choice.slot();
            return configure(library, slot, choice.slot() == null ? SignText.get("pkcs11Keys.kheDauTien") : SignText.get("pkcs11Keys.kheSo", choice.slot()));
        }
        for (int i = 0; i < MAX_SLOT_INDEX; i++) {
            Provider p;
            try {
                p = configure(library, "slotListIndex=" + i, SignText.get("pkcs11Keys.kheThu", i));
            } catch (SignException e) {
                break; // no more slots with a token
            }
            TokenInfo info = TokenInfo.of(p);
            if (info == null) {
                throw new SignException(SignText.get("pkcs11Keys.khongDocDuocNhan"));
            }
            if (info.label().equals(choice.label().trim())) {
                return p;
            }
        }
        throw new SignException(SignText.get("pkcs11Keys.khongThayThietBi", choice.label()));
    }

    private static Provider configure(Path library, String slot, String where) throws SignException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SignException(SignText.get("pkcs11Keys.banJavaNayKhong"));
        }
        String config = "--name=BaoCao\nlibrary=" + library.toAbsolutePath() + "\n" + slot + "\n";
        try {
            return base.configure(config);
        } catch (ProviderException | java.security.InvalidParameterException e) {
            LOG.debug("Không khởi tạo được PKCS#11 {} ({})", library, slot, e);
            throw new SignException(SignText.get("pkcs11Keys.khongMoDuocThiet", where, library.getFileName()), e);
        }
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
