package vn.baocao.importing.plan;

import java.util.List;

/**
 * Something the importer will not guess. The UI shows {@code text} with the {@code choices}; the clerk's answer
 * goes into {@link ImportRequest#answers()} under {@code id}, and the preview is made again.
 *
 * @param id        stable key for the answer: "chi-tieu:15" (row 15), "cot:G", "so:F", "dia-ban", "ky"
 * @param cell      where it comes from ("'Biểu 01'!B15"), or the sheet name
 * @param suggested the proposed answer (a choice value), or null
 * @param free      true when any value of the right form is accepted besides the choices (an area code, a period)
 */
public record ImportQuestion(String id, Kind kind, String cell, String text, List<Choice> choices, String suggested,
                             boolean free) {
    /** What the question is about. */
    public enum Kind {
        /** Which catalog indicator a row is (answers: a code, {@link Answers#SKIP}, {@link Answers#ADD}). */
        INDICATOR,
        /** What an unrecognised value column holds (answers: TH, UOC, KH, {@link Answers#SKIP}). */
        COLUMN,
        /** How "1,435" is meant in a column (answers: {@link Answers#DECIMAL_COMMA}, {@link Answers#THOUSANDS_COMMA}). */
        NUMBER_STYLE,
        /** Which area the figures belong to (answer: an area code). */
        AREA,
        /** Which period the figures belong to (answer: a period code such as 2024). */
        PERIOD
    }

    /** One possible answer. */
    public record Choice(String value, String label) {
    }

    public ImportQuestion {
        choices = List.copyOf(choices);
    }
}
