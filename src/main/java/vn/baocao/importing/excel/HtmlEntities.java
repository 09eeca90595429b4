package vn.baocao.importing.excel;

import java.util.Map;

/** Decodes the HTML character references found in web-portal "Excel" exports. */
final class HtmlEntities {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("shy", "\u00AD"), Map.entry("agrave", "à"), Map.entry("aacute", "á"), Map.entry("acirc", "â"),
            Map.entry("atilde", "ã"), Map.entry("egrave", "è"), Map.entry("eacute", "é"), Map.entry("ecirc", "ê"),
            Map.entry("igrave", "ì"), Map.entry("iacute", "í"), Map.entry("ograve", "ò"), Map.entry("oacute", "ó"),
            Map.entry("ocirc", "ô"), Map.entry("otilde", "õ"), Map.entry("ugrave", "ù"), Map.entry("uacute", "ú"),
            Map.entry("yacute", "ý"), Map.entry("Agrave", "À"), Map.entry("Aacute", "Á"), Map.entry("Acirc", "Â"),
            Map.entry("Atilde", "Ã"), Map.entry("Egrave", "È"), Map.entry("Eacute", "É"), Map.entry("Ecirc", "Ê"),
            Map.entry("Igrave", "Ì"), Map.entry("Iacute", "Í"), Map.entry("Ograve", "Ò"), Map.entry("Oacute", "Ó"),
            Map.entry("Ocirc", "Ô"), Map.entry("Otilde", "Õ"), Map.entry("Ugrave", "Ù"), Map.entry("Uacute", "Ú"),
            Map.entry("Yacute", "Ý"));

    private HtmlEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 10) {
                String name = text.substring(i + 1, semicolon);
                String decoded = decodeReference(name);
                if (decoded != null) {
                    sb.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String decodeReference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(name);
    }
}
