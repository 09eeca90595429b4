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
            throw new SignException("Không tìm thấy thư viện PKCS#11 của thiết bị ký số: " + library.toAbsolutePath()
                    + ". Hãy cài phần mềm của thiết bị (token) hoặc chọn đúng tệp thư viện (.dll, .so).");
        }
        Provider provider = provider(library, choice);
        TokenInfo before = TokenInfo.of(provider);
        if (before != null && (before.flags() & 0x00040000L) != 0) {
            throw new SignException("Mã PIN không được thử:" + before.triesLeft());
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException e) {
            if (hasCause(e, LoginException.class) || String.valueOf(rootMessage(e)).contains("CKR_PIN")) {
                TokenInfo after = TokenInfo.of(provider);
                String message = String.valueOf(rootMessage(e)).contains("CKR_PIN_LOCKED")
                        ? "Thiết bị ký số đã bị khóa do nhập sai mã PIN quá số lần cho phép: hãy liên hệ nhà cung cấp để mở khóa."
                        : "Mã PIN của thiết bị ký số không đúng." + (after == null ? "" : after.triesLeft());
                throw new SignException(message, e);
            }
            throw new SignException("Không đăng nhập được vào thiết bị ký số: " + rootMessage(e) + ".", e);
        } catch (java.security.GeneralSecurityException e) {
            throw new SignException("Không đọc được thiết bị ký số: " + rootMessage(e) + ".", e);
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
            return KeyStoreKeys.pick(store, null, signer, provider, logout, "thiết bị ký số");
        } catch (SignException e) {
            logout.run();
            throw e;
        }
    }

    private static Provider provider(Path library, TokenChoice choice) throws SignException {
        if (choice.label() == null) {
            String slot = choice.slot() == null ? "slotListIndex=0" : "slot=" + choice.slot();
            return configure(library, slot, choice.slot() == null ? "khe đầu tiên" : "khe số " + choice.slot());
        }
        for (int i = 0; i < MAX_SLOT_INDEX; i++) {
            Provider p;
            try {
                p = configure(library, "slotListIndex=" + i, "khe thứ " + i);
            } catch (SignException e) {
                break; // no more slots with a token
            }
            TokenInfo info = TokenInfo.of(p);
            if (info == null) {
                throw new SignException("Không đọc được nhãn thiết bị ký số ở máy này: hãy chọn theo số khe (--slot).");
            }
            if (info.label().equals(choice.label().trim())) {
                return p;
            }
        }
        throw new SignException("Không thấy thiết bị ký số có nhãn «" + choice.label() + "»: hãy cắm thiết bị vào máy.");
    }

    private static Provider configure(Path library, String slot, String where) throws SignException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SignException("Bản Java này không có hỗ trợ PKCS#11 (mô-đun jdk.crypto.cryptoki).");
        }
        String config = "--name=BaoCao\nlibrary=" + library.toAbsolutePath() + "\n" + slot + "\n";
        try {
            return base.configure(config);
        } catch (ProviderException | java.security.InvalidParameterException e) {
            LOG.debug("Không khởi tạo được PKCS#11 {} ({})", library, slot, e);
            throw new SignException("Không mở được thiết bị ký số ở " + where + " qua thư viện " + library.getFileName()
                    + ": thiết bị chưa cắm, chưa khởi tạo, hoặc thư viện không đúng loại.", e);
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
