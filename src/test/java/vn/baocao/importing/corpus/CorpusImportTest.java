package vn.baocao.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.importing.plan.CommitResult;
import vn.baocao.importing.plan.Coverage;
import vn.baocao.importing.plan.EntryStatus;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportQuestion;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.plan.NewIndicator;
import vn.baocao.importing.plan.PreviewEntry;
import vn.baocao.store.Database;

/**
 * End to end over the corpus ({@code src/test/resources/corpus}): every workbook's numbers land exactly where its
 * expectation file says (indicator, area, period, slot, value), are asked about, or are skipped for the stated
 * reason; the coverage adds up; a workbook without questions commits and a second dry run finds it all stored.
 */
class CorpusImportTest {
    @TempDir
    Path dir;
    Database db;
    ExcelImportService service;

    @BeforeEach
    void open() {
        db = ImportFixtures.demoDb(dir);
        service = new ExcelImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<String> names() {
        return CorpusWorkbooks.all().stream().map(c -> c.name);
    }

    @Test
    void theCorpusHoldsAtLeastTwentyFiveWorkbooksMadeByTheGenerator() throws Exception {
        assertThat(CorpusWorkbooks.all()).hasSizeGreaterThanOrEqualTo(25);
        for (CorpusCase c : CorpusWorkbooks.all()) {
            assertThat(resource(c.name + ".expected.tsv")).as(c.name + ": run CorpusWorkbooks.main again")
                    .isEqualTo(c.expectedText());
            assertThat(file(c.name + ".xlsx")).isFile();
        }
    }

    /** Writes the corpus again: {@code mvn test -Dtest=CorpusImportTest -Dcorpus.write=true}. */
    @Test
    @EnabledIfSystemProperty(named = "corpus.write", matches = "true")
    void writeCorpus() throws Exception {
        CorpusWorkbooks.main(new String[] {"src/test/resources/corpus"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyNumberLandsWhereThePersonReadsIt(String name) throws Exception {
        Expectations x = Expectations.read(resource(name + ".expected.tsv"));
        ImportRequest request = x.request(file(name + ".xlsx"));
        ImportPreview p = service.preview(request);
        Coverage cov = p.coverage();
        assertThat(cov.addsUp()).as(name + " coverage " + cov).isTrue();
        Map<String, String> byName = p.newIndicators().stream()
                .collect(Collectors.toMap(NewIndicator::name, NewIndicator::code, (a, b) -> a));
        Map<String, String> skipped = new HashMap<>();
        cov.skippedCells().forEach(s -> skipped.put(s.cell(), s.reason()));
        int imported = 0;
        int checked = 0;
        Map<String, Coverage.CheckedCell> checks = new HashMap<>();
        cov.checkedCells().forEach(c -> checks.put(c.cell(), c));
        for (String[] line : x.lines) {
            String cell = line[0];
            PreviewEntry e = p.entry(cell);
            switch (line[1]) {
                case "imported" -> {
                    imported++;
                    assertThat(e).as(name + " " + cell + " " + skipped.get(cell)).isNotNull();
                    assertThat(e.stopsCommit()).as(name + " " + cell + " " + e.message()).isFalse();
                    String code = line[2].startsWith("new:") ? byName.get(line[2].substring(4)) : line[2];
                    assertThat(code).as(name + " " + cell + " new indicator " + line[2] + " in " + byName).isNotNull();
                    assertThat(e.indicatorCode()).as(name + " " + cell).isEqualTo(code);
                    assertThat(e.areaCode()).as(name + " " + cell).isEqualTo(line[3]);
                    assertThat(e.period().code()).as(name + " " + cell).isEqualTo(line[4]);
                    assertThat(e.slot().code()).as(name + " " + cell).isEqualTo(line[5]);
                    assertThat(e.value()).as(name + " " + cell).isEqualByComparingTo(new BigDecimal(line[6]));
                    assertThat(e.write()).as(name + " " + cell + " " + e.message()).isTrue();
                }
                case "asked" -> assertThat(e != null && e.stopsCommit()).as(name + " " + cell + " asked: " + e).isTrue();
                case "checked" -> {
                    checked++;
                    Coverage.CheckedCell c = checks.get(cell);
                    assertThat(c).as(name + " " + cell + " checked; skipped as " + skipped.get(cell)).isNotNull();
                    boolean agrees = line[2].equals("khớp");
                    assertThat(c.agrees()).as(name + " " + cell + " " + c.outcome()).isEqualTo(agrees);
                    assertThat(p.warnings().stream().anyMatch(w -> w.startsWith(cell + " ")))
                            .as(name + " " + cell + " a warning names the cell: " + p.warnings()).isEqualTo(!agrees);
                }
                default -> assertThat(skipped.get(cell)).as(name + " " + cell + " entry " + e).isEqualTo(line[2]);
            }
        }
        assertThat(cov.numeric()).as(name + ": numbers without an expectation " + cov).isEqualTo(x.lines.size());
        assertThat(cov.imported()).as(name).isEqualTo(imported + checked);
        assertThat(cov.checked()).as(name).isEqualTo(checked);
        if (x.options.containsKey("questions")) {
            String q = x.options.get("questions");
            assertThat(p.questions()).extracting(ImportQuestion::id).as(name)
                    .containsExactlyElementsOf(q.isEmpty() ? List.of() : Arrays.asList(q.split(",")));
        }
        if (cov.asked() == 0) {
            CommitResult done = service.commit(request);
            assertThat(done.inserted()).as(name).isEqualTo(imported);
            assertThat(done.preview().warnings()).as(name).isEqualTo(p.warnings());
            ImportPreview again = service.preview(request);
            assertThat(again.entries()).filteredOn(PreviewEntry::write).as(name).isEmpty();
            assertThat(again.count(EntryStatus.UNCHANGED)).as(name).isEqualTo(imported);
            assertThat(again.newIndicators()).as(name + ": the same rows are not added twice").isEmpty();
        }
    }

    /** Property over the corpus: within one batch no key is written twice; cells that disagree are conflicts. */
    @Test
    void noKeyIsWrittenTwiceInABatch() throws Exception {
        for (CorpusCase c : CorpusWorkbooks.all()) {
            Expectations x = Expectations.read(resource(c.name + ".expected.tsv"));
            ImportPreview p = service.preview(x.request(file(c.name + ".xlsx")));
            Map<String, List<PreviewEntry>> byKey = new LinkedHashMap<>();
            for (PreviewEntry e : p.entries()) {
                if (e.indicatorCode() != null && e.slot() != null && e.period() != null && e.areaCode() != null
                        && e.value() != null) {
                    byKey.computeIfAbsent(e.indicatorCode() + "|" + e.areaCode() + "|" + e.period().code() + "|"
                            + e.slot().code(), k -> new ArrayList<>()).add(e);
                }
            }
            byKey.forEach((key, same) -> {
                assertThat(same.stream().filter(PreviewEntry::write).count()).as(c.name + " " + key).isLessThanOrEqualTo(1);
                boolean differ = same.stream().map(e -> e.value().stripTrailingZeros()).distinct().count() > 1;
                if (differ) {
                    assertThat(same).as(c.name + " " + key).allMatch(e -> e.status() == EntryStatus.CONFLICT
                            && e.stopsCommit());
                }
            });
        }
    }

    /** Question ids and new codes are the same in the dry run and in the commit. */
    @Test
    void newIndicatorCodesOfTheDryRunAreTheCodesTheCommitGives() throws Exception {
        CorpusCase c = CorpusWorkbooks.repeatedNamesUnderParents();
        ImportRequest request = Expectations.read(resource(c.name + ".expected.tsv")).request(file(c.name + ".xlsx"));
        ImportPreview dry = service.preview(request);
        CommitResult done = service.commit(request);
        assertThat(done.preview().newIndicators()).isEqualTo(dry.newIndicators());
        assertThat(dry.newIndicators()).extracting(NewIndicator::code).containsExactly("TM001", "TM002", "TM003");
    }

    /** A figure the store refuses is an error of the preview: skipping erroneous rows commits the others. */
    @Test
    void aFigureTheStoreRefusesIsLeftOutWithItsRow() throws Exception {
        CorpusCase c = CorpusWorkbooks.negativesInBrackets();
        ImportRequest request = Expectations.read(resource(c.name + ".expected.tsv")).request(file(c.name + ".xlsx"))
                .withSkipErroneousRows(true);
        CommitResult done = service.commit(request);
        assertThat(done.inserted()).isEqualTo(2);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CorpusImportTest.class.getResourceAsStream("/corpus/" + name)) {
            assertThat(in).as("corpus file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static File file(String name) throws Exception {
        return new File(CorpusImportTest.class.getResource("/corpus/" + name).toURI());
    }

    /** An expectation file: "@key=value" request options, then cell TAB outcome … lines. */
    record Expectations(Map<String, String> options, List<String[]> lines) {
        static Expectations read(String text) {
            Map<String, String> options = new LinkedHashMap<>();
            List<String[]> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("@")) {
                    int eq = line.indexOf('=');
                    options.put(line.substring(1, eq), line.substring(eq + 1));
                } else {
                    lines.add(line.split("\t"));
                }
            }
            return new Expectations(options, lines);
        }

        ImportRequest request(File file) {
            ImportRequest r = ImportRequest.of(file);
            if (options.containsKey("area")) {
                r = r.withArea(options.get("area"));
            }
            if ("true".equals(options.get("add-unknown"))) {
                r = r.withAddUnknownIndicators(true);
            }
            return r;
        }
    }
}
