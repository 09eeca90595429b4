package vn.baocao.importing.plan;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;

/**
 * What to import and the clerk's decisions so far. Immutable; the {@code with…} methods return changed copies.
 *
 * @param sheet              sheet name, or null for the first visible sheet with a table
 * @param area               area code or name for figures whose area the sheet does not name, or null
 * @param period             period for columns whose header names no period (or only its year), or null
 * @param planIssuer         who issued the plan in "Kế hoạch" columns (default Nghị quyết HĐND)
 * @param answers            question id → answer (see {@link ImportQuestion})
 * @param skipErroneousRows  commit the rest when some rows have errors (those rows are left out entirely)
 * @param overwriteManual    overwrite values entered by hand (default: keep them, shown as CONFLICT)
 * @param addUnknownIndicators add every row that matches nothing to the catalog (else each is a question)
 * @param checkFormulas      re-compute formula cells to flag stale cached values (default true)
 */
public record ImportRequest(File file, String password, String sheet, String area, Period period, Issuer planIssuer,
                            Map<String, String> answers, boolean skipErroneousRows, boolean overwriteManual,
                            boolean addUnknownIndicators, boolean checkFormulas) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        planIssuer = planIssuer == null ? Issuer.NQ_HDND : planIssuer;
        answers = Map.copyOf(answers == null ? Map.of() : answers);
    }

    public static ImportRequest of(File file) {
        return new ImportRequest(file, null, null, null, null, null, Map.of(), false, false, false, true);
    }

    public ImportRequest withPassword(String pw) {
        return new ImportRequest(file, pw, sheet, area, period, planIssuer, answers, skipErroneousRows, overwriteManual,
                addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withSheet(String name) {
        return new ImportRequest(file, password, name, area, period, planIssuer, answers, skipErroneousRows,
                overwriteManual, addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withArea(String areaCodeOrName) {
        return new ImportRequest(file, password, sheet, areaCodeOrName, period, planIssuer, answers, skipErroneousRows,
                overwriteManual, addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withPeriod(Period p) {
        return new ImportRequest(file, password, sheet, area, p, planIssuer, answers, skipErroneousRows, overwriteManual,
                addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withPlanIssuer(Issuer issuer) {
        return new ImportRequest(file, password, sheet, area, period, issuer, answers, skipErroneousRows, overwriteManual,
                addUnknownIndicators, checkFormulas);
    }

    /** Adds (or replaces) one answer. */
    public ImportRequest withAnswer(String questionId, String answer) {
        Map<String, String> all = new LinkedHashMap<>(answers);
        all.put(questionId, answer);
        return new ImportRequest(file, password, sheet, area, period, planIssuer, all, skipErroneousRows,
                overwriteManual, addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withSkipErroneousRows(boolean skip) {
        return new ImportRequest(file, password, sheet, area, period, planIssuer, answers, skip, overwriteManual,
                addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withOverwriteManual(boolean overwrite) {
        return new ImportRequest(file, password, sheet, area, period, planIssuer, answers, skipErroneousRows, overwrite,
                addUnknownIndicators, checkFormulas);
    }

    public ImportRequest withAddUnknownIndicators(boolean add) {
        return new ImportRequest(file, password, sheet, area, period, planIssuer, answers, skipErroneousRows,
                overwriteManual, add, checkFormulas);
    }

    public ImportRequest withCheckFormulas(boolean check) {
        return new ImportRequest(file, password, sheet, area, period, planIssuer, answers, skipErroneousRows,
                overwriteManual, addUnknownIndicators, check);
    }

    public String answer(String questionId) {
        return answers.get(questionId);
    }
}
