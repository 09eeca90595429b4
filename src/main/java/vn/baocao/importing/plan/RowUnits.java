package vn.baocao.importing.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.importing.layout.LayoutRow;
import vn.baocao.importing.layout.TextFolding;
import vn.baocao.importing.layout.TitleInfo;
import vn.baocao.importing.mapping.UnitScales;

/**
 * The unit a row's figures are written in: its ĐVT cell; for a sheet without one, a unit in brackets at the end of
 * the name ("Diện tích lúa (ha)") or the title's "Đơn vị tính: nghìn đồng". Without this such a row was matched
 * and stored as if in the catalog's unit (a "(ha)" row as the indicator in tấn, nghìn đồng as triệu đồng). Only
 * units of a known scale are taken from a name or title: "(đa chiều)" is a remark, not a unit.
 */
final class RowUnits {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\(([^()]+)\\)\\s*$");
    /** "Đơn vị tính: nghìn đồng", "ĐVT: tấn", on the folded title line. */
    private static final Pattern TITLE_UNIT = Pattern.compile("\\b(?:don vi tinh|dvt) ?: ?(.+)$");

    private RowUnits() {
    }

    static String of(LayoutRow row, TitleInfo title) {
        if (!row.unit().isEmpty()) {
            return row.unit();
        }
        Matcher bracket = TRAILING_BRACKET.matcher(row.name());
        if (bracket.find() && UnitScales.knows(bracket.group(1))) {
            return bracket.group(1).strip();
        }
        return title == null ? "" : titleUnit(title);
    }

    private static String titleUnit(TitleInfo title) {
        for (String line : title.lines()) {
            String collapsed = TextFolding.collapseSpaces(line);
            String folded = TextFolding.fold(collapsed);
            Matcher m = TITLE_UNIT.matcher(folded);
            if (m.find() && UnitScales.knows(m.group(1))) {
                // folding keeps one character per character here: the unit as written, with its diacritics
                return folded.length() == collapsed.length() ? collapsed.substring(m.start(1)).strip() : m.group(1);
            }
        }
        return "";
    }
}
