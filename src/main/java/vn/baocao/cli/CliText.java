package vn.baocao.cli;

import vn.baocao.domain.text.Bundle;

/** The command line's Vietnamese messages: vn/baocao/cli/messages_vi.properties. */
public final class CliText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.cli.messages");

    private CliText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
