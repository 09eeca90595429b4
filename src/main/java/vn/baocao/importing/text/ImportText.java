package vn.baocao.importing.text;

import vn.baocao.domain.text.Bundle;

/** The import's Vietnamese messages: vn/baocao/importing/messages_vi.properties. */
public final class ImportText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.importing.messages");

    private ImportText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
