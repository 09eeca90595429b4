package vn.baocao.app.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.baocao.importing.plan.ImportQuestion;

/** An open question of the dry run with the clerk's answer (a choice value, or a code typed in). */
public final class QuestionRow {
    private final ImportQuestion question;
    private final StringProperty answer = new SimpleStringProperty();

    public QuestionRow(ImportQuestion question, String answer) {
        this.question = question;
        this.answer.set(answer);
    }

    /** The importer's suggestion ("LD01"), shown but not applied until the clerk takes it; null when none. */
    public String suggested() {
        return question.suggested();
    }

    public ImportQuestion question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public StringProperty answerProperty() {
        return answer;
    }

    /** The label of a choice value, or the value itself when typed in. */
    public String labelOf(String value) {
        if (value == null) {
            return "";
        }
        return question.choices().stream().filter(c -> c.value().equals(value)).map(ImportQuestion.Choice::label)
                .findFirst().orElse(value);
    }
}
