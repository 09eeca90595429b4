package vn.baocao.store.text;

import vn.baocao.domain.text.Bundle;

/** The storage layer's Vietnamese messages: vn/baocao/store/messages_vi.properties. */
public final class StoreText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.store.messages");

    private StoreText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
