package vn.baocao.document.text;

import vn.baocao.domain.text.Bundle;

/** The document layer's Vietnamese texts (messages and report sentences): vn/baocao/document/messages_vi.properties. */
public final class DocumentText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.document.messages");

    private DocumentText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
