package vn.baocao.importing.plan;

/** Sheet names in cell references the way Excel writes them: 'Biểu 01'!E14, Sheet1!E14. */
public final class SheetRefs {
    private SheetRefs() {
    }

    public static String quote(String sheetName) {
        boolean plain = sheetName.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '.')
                && !sheetName.isEmpty() && !Character.isDigit(sheetName.charAt(0));
        return plain ? sheetName : "'" + sheetName.replace("'", "''") + "'";
    }
}
