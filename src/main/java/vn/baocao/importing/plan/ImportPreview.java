package vn.baocao.importing.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import vn.baocao.importing.mapping.RememberedMapping;
import vn.baocao.importing.text.ImportText;

/**
 * The dry run: every value of the file with what importing it would do, the questions still open, and warnings.
 * Nothing has been written when a preview exists.
 *
 * @param sheet        the sheet imported
 * @param sheets       every sheet of the workbook (for a sheet picker)
 * @param fingerprint  the layout fingerprint ("" for a BaoCao template)
 * @param fromTemplate true when the sheet is a BaoCao data-entry template (codes, no name matching)
 * @param remembered   true when choices remembered from an earlier file of this layout were used
 * @param mapping      the choices to remember when this import is committed
 * @param coverage     the account of every numeric cell of the sheet: imported, asked or skipped with a reason
 */
public record ImportPreview(String fileName, String sheet, List<String> sheets, String fingerprint,
                            boolean fromTemplate, boolean remembered, List<ColumnPlan> columns,
                            List<PreviewEntry> entries, List<ImportQuestion> questions,
                            List<NewIndicator> newIndicators, List<String> warnings, RememberedMapping mapping,
                            Coverage coverage) {
    private static final int EXAMPLES = 5;

    public ImportPreview(String fileName, String sheet, List<String> sheets, String fingerprint, boolean fromTemplate,
            boolean remembered, List<ColumnPlan> columns, List<PreviewEntry> entries, List<ImportQuestion> questions,
            List<NewIndicator> newIndicators, List<String> warnings, RememberedMapping mapping) {
        this(fileName, sheet, sheets, fingerprint, fromTemplate, remembered, columns, entries, questions, newIndicators,
                warnings, mapping, Coverage.none());
    }

    public ImportPreview {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
        questions = List.copyOf(questions);
        newIndicators = List.copyOf(newIndicators);
        warnings = List.copyOf(warnings);
        coverage = coverage == null ? Coverage.none() : coverage;
    }

    /** The same preview with one more warning at the end. */
    public ImportPreview withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ImportPreview(fileName, sheet, sheets, fingerprint, fromTemplate, remembered, columns, entries,
                questions, newIndicators, more, mapping, coverage);
    }

    public long count(EntryStatus status) {
        return counts()[status.ordinal()];
    }

    /**
     * The number of entries of each status, indexed by ordinal: one pass (plain loops here and below: a preview
     * of 100 000 entries is walked several times per commit, and streams cost several times a loop in a cold JVM).
     */
    private long[] counts() {
        long[] counts = new long[EntryStatus.values().length];
        for (PreviewEntry e : entries) {
            counts[e.status().ordinal()]++;
        }
        return counts;
    }

    /** The entries a commit would write. */
    public List<PreviewEntry> toWrite() {
        List<PreviewEntry> written = new ArrayList<>(entries.size());
        for (PreviewEntry e : entries) {
            if (e.write()) {
                written.add(e);
            }
        }
        return Collections.unmodifiableList(written);
    }

    public List<PreviewEntry> stopping() {
        List<PreviewEntry> stopping = new ArrayList<>();
        for (PreviewEntry e : entries) {
            if (e.stopsCommit()) {
                stopping.add(e);
            }
        }
        return Collections.unmodifiableList(stopping);
    }

    /** The entry for a cell reference ("'Biểu 01'!E14"), or null. */
    public PreviewEntry entry(String cell) {
        return entries.stream().filter(e -> e.cell().equals(cell)).findFirst().orElse(null);
    }

    /** "mới 3, thay đổi 1, không đổi 0, xung đột 0, lỗi 2". */
    public String summary() {
        long[] counts = counts();
        StringBuilder sb = new StringBuilder();
        for (EntryStatus s : EntryStatus.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s.label()).append(' ').append(counts[s.ordinal()]);
        }
        return sb.toString();
    }

    /**
     * Why a commit must not go ahead (Vietnamese, naming the file, sheet and cells), or null when it may. With
     * {@code skipErroneousRows} the rows holding errors are left out instead.
     */
    public String refusal(boolean skipErroneousRows) {
        List<PreviewEntry> stopping = stopping();
        if (stopping.isEmpty() || skipErroneousRows) {
            return null;
        }
        long errors = stopping.stream().filter(e -> e.status() == EntryStatus.ERROR).count();
        long conflicts = stopping.size() - errors;
        String examples = stopping.stream().limit(EXAMPLES).map(e -> e.cell() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return ImportText.get("importPreview.khongNhapTepTrang", fileName, sheet, (errors > 0 ? ImportText.get("importPreview.oCoLoi", errors) : ""), (errors > 0 && conflicts > 0 ? ", " : ""), (conflicts > 0 ? ImportText.get("importPreview.oXungDot", conflicts) : ""), examples, (stopping.size() > EXAMPLES ? "; …" : ""));
    }
}
