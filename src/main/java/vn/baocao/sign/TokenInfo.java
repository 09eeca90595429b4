package vn.baocao.sign;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.security.Provider;

/**
 * What a PKCS#11 token says about itself (its label and the PIN flags: count low, final try, locked). The JDK's
 * SunPKCS11 provider does not publish these, so they are read through its internal wrapper; the launchers open
 * that package ({@code --add-opens jdk.crypto.cryptoki/...}). Where it is not opened, nothing is known (null) and
 * the caller says less, never something wrong.
 */
record TokenInfo(String label, long flags) {
    private static final long CKF_USER_PIN_COUNT_LOW = 0x00010000L;
    private static final long CKF_USER_PIN_FINAL_TRY = 0x00020000L;
    private static final long CKF_USER_PIN_LOCKED = 0x00040000L;

    /** The token behind a configured SunPKCS11 provider, or null when it cannot be read. */
    static TokenInfo of(Provider provider) {
        try {
            Field p11Field = provider.getClass().getDeclaredField("p11");
            p11Field.setAccessible(true);
            Object p11 = p11Field.get(provider);
            Field slotField = provider.getClass().getDeclaredField("slotID");
            slotField.setAccessible(true);
            long slot = slotField.getLong(provider);
            Method get = p11.getClass().getMethod("C_GetTokenInfo", long.class);
            get.setAccessible(true);
            Object info = get.invoke(p11, slot);
            char[] label = (char[]) info.getClass().getField("label").get(info);
            long flags = info.getClass().getField("flags").getLong(info);
            return new TokenInfo(new String(label).trim(), flags);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The tries the token admits to, as a sentence ending the wrong-PIN message (empty when it says nothing). */
    String triesLeft() {
        if ((flags & CKF_USER_PIN_LOCKED) != 0) {
            return SignText.get("tokenInfo.thietBiKySo");
        }
        if ((flags & CKF_USER_PIN_FINAL_TRY) != 0) {
            return SignText.get("tokenInfo.chiCon1Lan");
        }
        if ((flags & CKF_USER_PIN_COUNT_LOW) != 0) {
            return SignText.get("tokenInfo.thietBiBaoCon");
        }
        return "";
    }
}
