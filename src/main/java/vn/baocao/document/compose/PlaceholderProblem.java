package vn.baocao.document.compose;

/**
 * A placeholder that cannot be filled.
 *
 * @param placeholder as written, with its braces: "{{LD99.thuc_hien}}"
 * @param location where it is, in the clerk's words: "Thân văn bản, mục \"2. Về thực hiện các chỉ tiêu giao\", đoạn 2"
 * @param message why, in Vietnamese
 */
public record PlaceholderProblem(String placeholder, String location, String message) {
    public String describe() {
        return placeholder + " (" + location + "): " + message;
    }
}
