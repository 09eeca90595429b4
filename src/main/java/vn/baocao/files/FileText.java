package vn.baocao.files;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The file writer's Vietnamese messages: vn/baocao/files/messages_vi.properties. The files package stands alone below the
 * domain (LayersTest), so it reads its bundle itself, the same way domain.text.Bundle does: arguments are inserted as
 * {@code String.valueOf} prints them, an apostrophe is literal, a missing key shows itself in brackets.
 */
public final class FileText {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.baocao.files.messages", VIETNAMESE);

    private FileText() {
    }

    /** The text of {@code key}, with {0}, {1} … filled in from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
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
