package vn.baocao.document.compose;

import java.util.List;
import java.util.stream.Collectors;
import vn.baocao.document.text.DocumentText;

/** Thrown before anything is exported when a placeholder of the report cannot be filled; lists every one. */
public final class PlaceholderException extends IllegalArgumentException {
    private final transient List<PlaceholderProblem> problems;

    public PlaceholderException(List<PlaceholderProblem> problems) {
        super(DocumentText.get("placeholderException.vanBanCoCho", problems.size(), problems.stream().map(p -> "- " + p.describe()).collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    public List<PlaceholderProblem> problems() {
        return problems;
    }
}
