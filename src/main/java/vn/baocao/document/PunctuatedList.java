package vn.baocao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Punctuation of the list-like parts of a document: every item but the last ends with ";", the last
 * with "." (căn cứ, Kính gửi with several addressees, Nơi nhận). Items are stored without the
 * dash and without the final punctuation; any the clerk typed is replaced.
 */
public final class PunctuatedList {
    private PunctuatedList() {
    }

    public static List<String> punctuate(List<String> items, String dashPrefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String end = i == items.size() - 1 ? "." : ";";
            out.add(dashPrefix + strip(items.get(i)) + end);
        }
        return out;
    }

    /** Removes a leading "- " and trailing ";", "," or "." (but keeps "./." untouched). */
    public static String strip(String item) {
        String s = item.strip();
        if (s.startsWith("- ")) {
            s = s.substring(2).strip();
        }
        while (!s.isEmpty() && ";,.".indexOf(s.charAt(s.length() - 1)) >= 0 && !s.endsWith("./.")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
