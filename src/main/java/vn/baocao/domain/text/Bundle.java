package vn.baocao.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    // A message made per cell of a large import ("lô 3: Biểu01!E12") must not parse its pattern each time: a
    // MessageFormat per call cost about a second of a 96 000-value preview (issue 17).
    private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();

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
        return templates.computeIfAbsent(key, k -> Template.of(pattern)).fill(args);
    }

    /**
     * A pattern cut at its {0}, {1} … places. The bundles use no typed formats ({0,number}) and quote nothing, so this
     * fills a pattern exactly as MessageFormat did with the arguments printed by String.valueOf (TextBundlesTest
     * checks every pattern parses as a MessageFormat and BundleTest compares the two).
     */
    record Template(List<String> literals, int[] indexes) {
        private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            Matcher m = PLACE.matcher(pattern);
            int from = 0;
            while (m.find()) {
                literals.add(pattern.substring(from, m.start()));
                indexes.add(Integer.parseInt(m.group(1)));
                from = m.end();
            }
            literals.add(pattern.substring(from));
            return new Template(List.copyOf(literals), indexes.stream().mapToInt(Integer::intValue).toArray());
        }

        String fill(Object... args) {
            StringBuilder out = new StringBuilder(literals.get(0));
            for (int i = 0; i < indexes.length; i++) {
                int at = indexes[i];
                out.append(at < args.length ? String.valueOf(args[at]) : "{" + at + "}");
                out.append(literals.get(i + 1));
            }
            return out.toString();
        }
    }
}
