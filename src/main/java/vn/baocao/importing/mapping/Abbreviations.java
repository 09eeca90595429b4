package vn.baocao.importing.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations of Vietnamese administrative writing, spelled out on folded text (lower case, no diacritics,
 * punctuation as spaces) so that "Tỷ lệ dân số tham gia BHYT" and "… bảo hiểm y tế" have the same key. Only
 * abbreviations with one meaning in indicator names are listed ("GD" could be giáo dục or gia đình: left alone).
 */
public final class Abbreviations {
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("kt xh", "kinh te xa hoi");
        WORDS.put("ds khhgd", "dan so ke hoach hoa gia dinh");
        WORDS.put("ktxh", "kinh te xa hoi");
        WORDS.put("khhgd", "ke hoach hoa gia dinh");
        WORDS.put("bhyt", "bao hiem y te");
        WORDS.put("bhxh", "bao hiem xa hoi");
        WORDS.put("bhtn", "bao hiem that nghiep");
        WORDS.put("gdvh", "gia dinh van hoa");
        WORDS.put("thcs", "trung hoc co so");
        WORDS.put("thpt", "trung hoc pho thong");
        WORDS.put("gdtx", "giao duc thuong xuyen");
        WORDS.put("gdnn", "giao duc nghe nghiep");
        WORDS.put("htx", "hop tac xa");
        WORDS.put("ntm", "nong thon moi");
        WORDS.put("mtqg", "muc tieu quoc gia");
        WORDS.put("ubnd", "uy ban nhan dan");
        WORDS.put("hdnd", "hoi dong nhan dan");
        WORDS.put("nsnn", "ngan sach nha nuoc");
        WORDS.put("nn", "nha nuoc");
        WORDS.put("gtsx", "gia tri san xuat");
        WORDS.put("sx", "san xuat");
        WORDS.put("tdtt", "the duc the thao");
        WORDS.put("vsmt", "ve sinh moi truong");
        WORDS.put("attp", "an toan thuc pham");
        WORDS.put("tthc", "thu tuc hanh chinh");
        WORDS.put("cntt", "cong nghe thong tin");
        WORDS.put("tnld", "tai nan lao dong");
        WORDS.put("tngt", "tai nan giao thong");
        WORDS.put("pcgd", "pho cap giao duc");
        WORDS.put("mn", "mam non");
    }

    private static final Pattern WORD = Pattern.compile(
            "\\b(" + String.join("|", WORDS.keySet().stream().map(Pattern::quote).toList()) + ")\\b");

    private Abbreviations() {
    }

    /** The folded text with every known abbreviation spelled out. */
    public static String expand(String folded) {
        if (folded.isEmpty()) {
            return folded;
        }
        Matcher m = WORD.matcher(folded);
        if (!m.find()) {
            return folded;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, WORDS.get(m.group(1)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
