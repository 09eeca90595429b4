package vn.baocao.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One layer's Vietnamese texts (a messages_vi.properties beside the layer's classes). Each layer reads its own bundle
 * through a small class of its own (CliText, StoreText, DocumentText, ImportText, DomainText), so no layer reaches up
 * for its words. Arguments are inserted as {@code String.valueOf} would print them: a number is formatted by the caller
 * (vi-VN: comma decimal, dot thousands) exactly as it was before the text moved, so no printed figure changes.
 */
public final class Bundle {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final String name;
    private final ResourceBundle bundle;

    private Bundle(String name, ResourceBundle bundle) {
        this.name = name;
        this.bundle = bundle;
    }

    /** The bundle {@code name} (a base name such as "vn.baocao.store.messages"), in Vietnamese. */
    public static Bundle load(String name) {
        return new Bundle(name, ResourceBundle.getBundle(name, VIETNAMESE));
    }

    public String name() {
        return name;
    }

    /**
     * The text of {@code key}; with arguments, a MessageFormat pattern with {0}, {1} … filled in. An apostrophe in a
     * pattern is an apostrophe (Vietnamese texts quote nothing). A missing key shows itself in brackets rather than
     * failing the operation that wanted to speak; the bundle tests keep that from happening.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] printed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printed[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), VIETNAMESE).format(printed);
    }
}
