package vn.baocao.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Vietnamese UI strings of messages_vi.properties. Every text the clerk sees comes from here. */
public final class Messages {
    public static final String BUNDLE = "vn.baocao.app.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, VIETNAMESE));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of a key; a missing key shows itself in brackets rather than failing the screen. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text of a key with {0}, {1} … filled in. Numbers must be formatted by the caller (vi-VN). */
    public String format(String key, Object... args) {
        String pattern = get(key).replace("'", "''");
        return new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
