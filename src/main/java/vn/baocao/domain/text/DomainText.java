package vn.baocao.domain.text;

/** The domain's Vietnamese texts: vn/baocao/domain/messages_vi.properties. */
public final class DomainText {
    private static final Bundle BUNDLE = Bundle.load("vn.baocao.domain.messages");

    private DomainText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
