package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change as a document wrote it: "giảm 14,1%", "tăng 961 người", "tăng 5,2 điểm %", "không tăng".
 * A text may hold several ("tăng 7.416 triệu đồng (tăng 12,41%)").
 *
 * @param direction the written direction; for {@link Kind#ZERO} the direction the words deny or KHONG_DOI
 * @param magnitude the written amount (always ≥ 0), null for ZERO, DIRECTION_ONLY and UNREADABLE
 * @param lastWrittenPlace one unit in the last written digit, in value units ("38,4 nghìn" → 100)
 * @param text the phrase as written ("giảm 14,1%")
 * @param problem for UNREADABLE, why the number could not be read; else empty
 */
public record WrittenChange(Kind kind, ChangeDirection direction, BigDecimal magnitude, String unit,
                            BigDecimal lastWrittenPlace, String text, String problem) {

    public enum Kind {
        /** "giảm 14,1%": a percent (relative, or points mislabelled). */
        PERCENT,
        /** "tăng 5,2 điểm %", "giảm 1 điểm". */
        POINTS,
        /** "tăng 961 người", "tăng 38,4 nghìn lượt khách". */
        ABSOLUTE,
        /** "không tăng", "không giảm", "không đổi", "giữ nguyên". */
        ZERO,
        /** "tăng" with no amount. */
        DIRECTION_ONLY,
        /** a direction word followed by a malformed number. */
        UNREADABLE
    }

    private static final Pattern CHANGE = Pattern.compile(
            "(?<!\\p{L})(không\\s+tăng|không\\s+giảm|không\\s+thay\\s+đổi|không\\s+đổi|giữ\\s+nguyên|tăng|giảm)(?!\\p{L})"
                    + "(?:\\s+(?:thêm\\s+)?([+\\-−]?\\d(?:[\\d.,]*\\d)?)\\s*(điểm\\s+phần\\s+trăm|điểm\\s*%|điểm|%)?"
                    + "((?:(?!(?<!\\p{L})(?:tăng|giảm|không|giữ)(?!\\p{L}))[^(),;])*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAIL_CUT = Pattern.compile("(?iu)\\s(so|từ|do|với|trong|và|là|năm)(?!\\p{L}).*$");

    public WrittenChange {
        unit = unit == null ? "" : unit;
        problem = problem == null ? "" : problem;
    }

    /** Every change phrase in the text, in order; empty when there is none. */
    public static List<WrittenChange> parseAll(String text) {
        List<WrittenChange> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String t = VietnameseNumbers.normalize(text);
        Matcher m = CHANGE.matcher(t);
        while (m.find()) {
            if (m.group(2) == null && !standsAlone(t.substring(m.end()))) {
                continue; // "tăng trưởng", "tăng cường": a compound word, not a change
            }
            found.add(fromMatch(m));
        }
        return found;
    }

    /** A bare "tăng"/"giảm" counts only at the end of a clause: end of text, punctuation, or "so với …". */
    private static boolean standsAlone(String following) {
        String f = following.strip();
        return f.isEmpty() || ",.;:)".indexOf(f.charAt(0)) >= 0 || f.regionMatches(true, 0, "so ", 0, 3);
    }

    private static WrittenChange fromMatch(Matcher m) {
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        String token = m.group(2);
        String pointsOrPercent = m.group(3);
        String rest = m.group(4) == null ? "" : TAIL_CUT.matcher(m.group(4)).replaceFirst("").strip();
        if (word.startsWith("không") || word.startsWith("giữ")) {
            ChangeDirection denied = word.equals("không tăng") ? ChangeDirection.TANG
                    : word.equals("không giảm") ? ChangeDirection.GIAM : ChangeDirection.KHONG_DOI;
            return new WrittenChange(Kind.ZERO, denied, null, "", null, m.group(1), "");
        }
        ChangeDirection dir = word.equals("tăng") ? ChangeDirection.TANG : ChangeDirection.GIAM;
        if (token == null) {
            return new WrittenChange(Kind.DIRECTION_ONLY, dir, null, "", null, m.group(1), "");
        }
        Kind kind;
        String toParse;
        if (pointsOrPercent == null) {
            kind = Kind.ABSOLUTE;
            toParse = rest.isEmpty() ? token : token + " " + rest;
        } else if (pointsOrPercent.equals("%")) {
            kind = Kind.PERCENT;
            toParse = token + "%";
        } else {
            kind = Kind.POINTS;
            toParse = token;
        }
        String phrase = (m.group(1) + " " + token + (pointsOrPercent == null ? (rest.isEmpty() ? "" : " " + rest)
                : pointsOrPercent.equals("%") ? "%" : " " + pointsOrPercent)).strip();
        NumberParseResult r = VietnameseNumbers.parse(toParse);
        if (r.number() == null && kind == Kind.ABSOLUTE && !rest.isEmpty()) {
            r = VietnameseNumbers.parse(token); // odd words after the number: read the number alone
        }
        if (r.number() == null) {
            return new WrittenChange(Kind.UNREADABLE, dir, null, "", null, phrase, r.message());
        }
        ParsedNumber n = r.number(); // for "1,435" the Vietnamese reading
        return new WrittenChange(kind, dir, n.value().abs(), kind == Kind.ABSOLUTE ? n.unit() : "", n.lastWrittenPlace(), phrase, "");
    }
}
