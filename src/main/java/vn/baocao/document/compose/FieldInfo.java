package vn.baocao.document.compose;

/**
 * One data field of the clerk's text as it will print, and where its figure comes from, for the report page's
 * tokens and their hover text.
 *
 * @param name the placeholder as written, without braces ("LD01.thuc_hien", "ky_bao_cao")
 * @param printed the text the document prints, or null when the field cannot be filled
 * @param problem why it cannot be filled (Vietnamese), or null
 * @param indicatorCode the indicator of an indicator field, else null
 * @param indicatorName its name, or null
 * @param slot the field's part ("thuc_hien", "ke_hoach" …) or, for a report-wide field, its name
 * @param area "huyện Xín Mần"
 * @param period "năm 2023"
 * @param source where the figure was taken from as the store keeps it ("lô 3: Biểu01!E12", "manual"), or null
 * @param sourceFile the imported file of that batch, when the store knows it, else null
 * @param summedUp how the figure was summed up from shorter periods (lũy kế), or null
 */
public record FieldInfo(String name, String printed, String problem, String indicatorCode, String indicatorName,
                        String slot, String area, String period, String source, String sourceFile, String summedUp) {

    public boolean filled() {
        return printed != null;
    }

    /** Whether the field is a figure of the store (an indicator's), not a report-wide text. */
    public boolean isIndicator() {
        return indicatorCode != null;
    }
}
