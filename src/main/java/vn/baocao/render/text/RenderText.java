package vn.baocao.render.text;

import vn.baocao.domain.text.Bundle;

/** The renderers' Vietnamese messages: vn/baocao/render/messages_vi.properties. */
public final class RenderText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.render.messages");

    private RenderText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
