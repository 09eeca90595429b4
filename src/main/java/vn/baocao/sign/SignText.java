package vn.baocao.sign;

import vn.baocao.domain.text.Bundle;

/** The digital signature's Vietnamese messages: vn/baocao/sign/messages_vi.properties. */
public final class SignText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.sign.messages");

    private SignText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
