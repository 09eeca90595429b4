package vn.baocao.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.baocao.cli.BaoCaoCommand;

/**
 * The user's text lives in the bundles (docs/architecture.md, "Text the clerk reads"). Over every layer bundle: each key
 * the code asks for exists, each key in a bundle is asked for, each call passes as many arguments as its pattern has
 * placeholders; and no Java source holds a Vietnamese literal outside the bundles except the vocabularies and data the
 * allow-list below names, one reason per file. The window's bundle (app/messages_vi) keeps its own test, MessagesTest.
 */
class TextBundlesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** A layer's bundle and the class whose static get(key, args…) reads it. */
    record Layer(String accessor, String bundle) {
    }

    static final List<Layer> LAYERS = List.of(
            new Layer("CliText", "/vn/baocao/cli/messages_vi.properties"),
            new Layer("StoreText", "/vn/baocao/store/messages_vi.properties"),
            new Layer("DomainText", "/vn/baocao/domain/messages_vi.properties"),
            new Layer("DocumentText", "/vn/baocao/document/messages_vi.properties"),
            new Layer("RenderText", "/vn/baocao/render/messages_vi.properties"),
            new Layer("SignText", "/vn/baocao/sign/messages_vi.properties"),
            new Layer("FileText", "/vn/baocao/files/messages_vi.properties"),
            new Layer("ImportText", "/vn/baocao/importing/messages_vi.properties"));

    /** picocli's own section keys (headings, the standard --help/--version lines), shared by every command. */
    private static final Pattern PICOCLI_STANDARD = Pattern.compile("usage\\.[A-Za-z]+|mixinStandardHelpOptions\\.[a-z]+");

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
                    + "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]");

    /** A file of sources allowed to hold Vietnamese literals: how many, and why they are data rather than messages. */
    record Allowed(int count, String why) {
    }

    private static final String VOCABULARY = "words the code reads or compares (parsing vocabulary), not messages";

    /** Files that may keep Vietnamese literals, with the exact count so that a new message there still fails. */
    static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            // The domain's reading vocabulary: words and patterns it finds in what the clerk or a source wrote.
            Map.entry("vn/baocao/domain/ChangeDirection.java", new Allowed(3, "change words (tăng, giảm) read back from written text")),
            Map.entry("vn/baocao/domain/MismatchChecker.java", new Allowed(2, "patterns finding «vượt», «đạt» in a written sentence")),
            Map.entry("vn/baocao/domain/ObservationKind.java", new Allowed(6, "observation kind words accepted as input (ước, ƯTH)")),
            Map.entry("vn/baocao/domain/Period.java", new Allowed(1, "pattern of the period code GĐ2021-2025")),
            Map.entry("vn/baocao/domain/PlanText.java", new Allowed(15, "plan-form words and pattern (từ, tối đa, trở lên) parsed")),
            Map.entry("vn/baocao/domain/Qualifier.java", new Allowed(5, "qualifier words (trên, gần) parsed before a figure")),
            Map.entry("vn/baocao/domain/SourceDocument.java", new Allowed(2, "pattern parsing a cited document (số, ngày, của, về)")),
            Map.entry("vn/baocao/domain/ValueSanity.java", new Allowed(36, "the count units (người, hộ …) whose figures are whole numbers")),
            Map.entry("vn/baocao/domain/VietnameseNumbers.java", new Allowed(14, "scale and currency words (nghìn, triệu, đồng) parsed")),
            Map.entry("vn/baocao/domain/VietnameseText.java", new Allowed(1, "the character class of Vietnamese letters")),
            Map.entry("vn/baocao/domain/WrittenChange.java", new Allowed(9, "patterns and words of a written change (không tăng, điểm %)")),
            // The document layer matches wording it produced or the catalogue holds.
            Map.entry("vn/baocao/document/compose/AssignedIndicatorSummary.java",
                    new Allowed(9, VOCABULARY + ": band headings rewritten to «kế hoạch năm»")),
            Map.entry("vn/baocao/document/compose/DocumentReview.java", new Allowed(2, VOCABULARY + ": review notes sorted by their words")),
            Map.entry("vn/baocao/document/compose/ReportFields.java",
                    new Allowed(1, VOCABULARY + ": the «lô N:» source the import stores with a figure, read back")),
            Map.entry("vn/baocao/document/compose/GeneralAssessment.java", new Allowed(1, VOCABULARY + ": the plan wording «kế hoạch năm»")),
            Map.entry("vn/baocao/document/compose/IndicatorTable.java", new Allowed(1, VOCABULARY + ": the plan wording «kế hoạch năm»")),
            Map.entry("vn/baocao/document/compose/SectorSentences.java", new Allowed(1, VOCABULARY + ": the plan wording «kế hoạch năm»")),
            Map.entry("vn/baocao/document/compose/IndicatorSentences.java", new Allowed(5, VOCABULARY + ": «tăng/giảm», «Số …» and «tử số, mẫu số: …» patterns, «điểm %» spacing")),
            Map.entry("vn/baocao/document/compose/SectorHeadings.java",
                    new Allowed(39, "the catalogue's sector names (data of catalog.csv) mapped to report headings, and the «lĩnh vực …» note pattern")),
            Map.entry("vn/baocao/document/demo/Demo2025.java", new Allowed(17, "the demo data set: unit names and notes stored in the database")),
            // Data written into files or the database, compared later.
            Map.entry("vn/baocao/store/CatalogLoader.java", new Allowed(4, "unit words of catalog.csv (điểm, tấn, triệu đồng) parsed")),
            Map.entry("vn/baocao/store/CatalogRepository.java", new Allowed(1, "the money base unit stored in the database")),
            Map.entry("vn/baocao/store/DemoDataset.java", new Allowed(1, "source label stored with every demo figure")),
            Map.entry("vn/baocao/store/OfficialListFile.java", new Allowed(5, "the official list's unit types (Tỉnh, Xã, Phường, Đặc khu)")),
            Map.entry("vn/baocao/store/RestoreOperation.java", new Allowed(1, "recognises its own file refusals by their first word «Tệp»")),
            Map.entry("vn/baocao/files/SafeFileWriter.java", new Allowed(1, "the character class of Vietnamese letters")),
            Map.entry("vn/baocao/render/docx/WordStyleNames.java", new Allowed(22, "style names written into .docx, as the seed documents name them")),
            Map.entry("vn/baocao/render/docx/WordStyles.java", new Allowed(1, "a style name inside the .docx style XML")),
            // The import's reading vocabulary and code tables.
            Map.entry("vn/baocao/importing/encoding/VietnameseSyllableScorer.java",
                    new Allowed(4, "syllable patterns that score a decoding as Vietnamese")),
            Map.entry("vn/baocao/importing/encoding/ViqrDecoder.java", new Allowed(134, "the VIQR code table")),
            Map.entry("vn/baocao/importing/encoding/VniDecoder.java", new Allowed(210, "the VNI code table")),
            Map.entry("vn/baocao/importing/excel/HtmlEntities.java", new Allowed(32, "the HTML entity table")),
            Map.entry("vn/baocao/importing/layout/SheetLayoutAnalyzer.java", new Allowed(1, "pattern of the issuing body line (ủy ban nhân dân)")),
            Map.entry("vn/baocao/importing/layout/SttToken.java", new Allowed(3, "patterns of row numbering (a., đ), Đ.)")),
            Map.entry("vn/baocao/importing/layout/TitleBlockReader.java", new Allowed(8, "patterns reading a sheet's title (biểu số, quý, năm)")),
            Map.entry("vn/baocao/importing/plan/BatchMappingJson.java", new Allowed(1, "«bỏ qua: » in the mapping stored with a batch")),
            Map.entry("vn/baocao/importing/plan/LayoutCells.java", new Allowed(2, "pattern of change cells (tăng, giảm); the «kỳ » of a reason")),
            Map.entry("vn/baocao/importing/template/TemplateExporter.java",
                    new Allowed(3, "header words of the entry template, read back by the import")),
            Map.entry("vn/baocao/app/areas/AreasView.java", new Allowed(5, "area types offered and stored as written (thôn, bản, Xã, Phường)")),
            // Not the clerk's text.
            Map.entry("vn/baocao/app/start/StartupTrace.java", new Allowed(1, "developer's start-up timing on stderr, off unless asked for")),
            Map.entry("vn/baocao/app/report/HeaderDefaults.java", new Allowed(1, "app/report is being reworked on another branch (i15b); its one "
                    + "word moves with that work")));

    /** A call of an accessor: its key, how many arguments follow the key, and where. */
    record Use(String key, int arguments, String where) {
    }

    private static Map<String, JavaSource> sources;
    private static Map<String, List<Use>> usesByAccessor;

    @BeforeAll
    static void readSources() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.put(SOURCES.relativize(f).toString().replace('\\', '/'), new JavaSource(Files.readString(f)));
            }
        }
        usesByAccessor = new TreeMap<>();
        for (Layer layer : LAYERS) {
            usesByAccessor.put(layer.accessor(), uses(layer.accessor()));
        }
    }

    private static List<Use> uses(String accessor) {
        Pattern call = Pattern.compile("\\b" + accessor + "\\.get\\(\\s*");
        List<Use> out = new ArrayList<>();
        for (var e : sources.entrySet()) {
            JavaSource s = e.getValue();
            List<JavaSource.Literal> literals = s.literals();
            Matcher m = call.matcher(s.text());
            while (m.find()) {
                String where = e.getKey() + ":" + s.line(m.start());
                JavaSource.Literal key = literals.stream().filter(l -> l.start() == m.end()).findFirst().orElse(null);
                if (key == null) {
                    if (insideLiteralOrComment(s, literals, m.start())) {
                        continue;
                    }
                    out.add(new Use("<not a literal key>", -1, where));
                    continue;
                }
                out.add(new Use(key.text(), s.furtherArguments(key.end(), literals), where));
            }
        }
        return out;
    }

    private static boolean insideLiteralOrComment(JavaSource s, List<JavaSource.Literal> literals, int offset) {
        if (literals.stream().anyMatch(l -> l.start() < offset && offset < l.end())) {
            return true;
        }
        int lineStart = s.text().lastIndexOf('\n', offset) + 1;
        String before = s.text().substring(lineStart, offset).strip();
        return before.startsWith("*") || before.startsWith("//") || before.startsWith("/*");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Layer layer : LAYERS) {
            Properties bundle = load(layer.bundle());
            assertThat(usesByAccessor.get(layer.accessor())).as(layer.accessor() + " calls found").isNotEmpty();
            Set<String> used = new TreeSet<>();
            for (Use u : usesByAccessor.get(layer.accessor())) {
                used.add(u.key());
                if (u.arguments() < 0) {
                    problems.add(u.where() + ": " + layer.accessor() + ".get needs the key as a whole literal");
                } else if (bundle.getProperty(u.key()) == null) {
                    problems.add(u.where() + ": key " + u.key() + " missing in " + layer.bundle());
                }
            }
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (!used.contains(key)) {
                    problems.add(layer.bundle() + ": key " + key + " is used nowhere");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCallPassesOneArgumentPerPlaceholder() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)");
        List<String> problems = new ArrayList<>();
        for (Layer layer : LAYERS) {
            Properties bundle = load(layer.bundle());
            for (Use u : usesByAccessor.get(layer.accessor())) {
                String pattern = bundle.getProperty(u.key());
                if (pattern == null || u.arguments() < 0) {
                    continue;
                }
                Set<Integer> indices = new TreeSet<>();
                Matcher m = placeholder.matcher(pattern);
                while (m.find()) {
                    indices.add(Integer.parseInt(m.group(1)));
                }
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < u.arguments(); i++) {
                    expected.add(i);
                }
                if (!indices.equals(expected)) {
                    problems.add(u.where() + ": " + u.key() + " gets " + u.arguments() + " argument(s), pattern has "
                            + indices + ": " + pattern);
                } else if (u.arguments() > 0) {
                    try {
                        new MessageFormat(pattern.replace("'", "''"));
                    } catch (IllegalArgumentException e) {
                        problems.add(u.where() + ": " + u.key() + " is not a MessageFormat pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** usage_vi: a description for every command and option key the command line has, and nothing else. */
    @Test
    void commandLineHelpKeysMatchTheCommands() throws IOException {
        Properties usage = load("/vn/baocao/cli/usage_vi.properties");
        Set<String> wanted = new TreeSet<>();
        CommandLine root = BaoCaoCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        collect(root, wanted);
        List<String> problems = new ArrayList<>();
        for (String key : wanted) {
            if (usage.getProperty(key) == null) {
                problems.add("usage_vi: missing " + key);
            }
        }
        for (String key : new TreeSet<>(usage.stringPropertyNames())) {
            if (!wanted.contains(key) && !PICOCLI_STANDARD.matcher(key).matches()) {
                problems.add("usage_vi: " + key + " belongs to no command or option");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void collect(CommandLine c, Set<String> keys) {
        CommandLine.Model.CommandSpec spec = c.getCommandSpec();
        keys.add(spec.qualifiedName(".") + ".usage.description");
        for (CommandLine.Model.ArgSpec a : spec.args()) {
            String key = a.descriptionKey();
            boolean standard = a instanceof CommandLine.Model.OptionSpec o && o.usageHelp() || a instanceof CommandLine.Model.OptionSpec v
                    && v.versionHelp();
            if (standard) {
                continue;
            }
            if (key == null || key.isBlank()) {
                // an argument without help is allowed; help written in the annotation is not
                assertThat(a.description()).as(spec.qualifiedName() + " " + a + ": help text by descriptionKey").isEmpty();
            } else {
                keys.add(key);
            }
        }
        c.getSubcommands().values().forEach(s -> collect(s, keys));
    }

    @Test
    void bundleTextsAreNfcAndNotBlank() throws IOException {
        List<String> resources = new ArrayList<>(LAYERS.stream().map(Layer::bundle).toList());
        resources.add("/vn/baocao/cli/usage_vi.properties");
        for (String r : resources) {
            Properties p = load(r);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertThat(text).as(r + " " + key).isNotBlank();
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(r + " " + key + " in NFC").isTrue();
            }
        }
    }

    /**
     * No Vietnamese literal in a Java source, except: a picocli paramLabel (picocli reads no bundle for it), the message
     * of a log call (the log file is for support, not the clerk), and the files of ALLOWED with their exact count.
     */
    @Test
    void noVietnameseLiteralOutsideTheBundles() {
        Map<String, List<String>> found = new TreeMap<>();
        for (var e : sources.entrySet()) {
            JavaSource s = e.getValue();
            List<JavaSource.Literal> literals = s.literals();
            for (JavaSource.Literal l : literals) {
                if (!VIETNAMESE.matcher(l.text()).find() || exempt(s, literals, l)) {
                    continue;
                }
                found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(l.line() + ": \"" + l.text() + "\"");
            }
        }
        List<String> problems = new ArrayList<>();
        for (var e : found.entrySet()) {
            Allowed allowed = ALLOWED.get(e.getKey());
            if (allowed == null || allowed.count() != e.getValue().size()) {
                problems.add(e.getKey() + " holds " + e.getValue().size() + " Vietnamese literal(s)"
                        + (allowed == null ? "" : ", the allow-list says " + allowed.count()) + ": " + e.getValue());
            }
        }
        for (var e : ALLOWED.entrySet()) {
            if (!found.containsKey(e.getKey())) {
                problems.add(e.getKey() + " is allowed " + e.getValue().count() + " literal(s) but holds none: shorten the list");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static final Pattern LOG_CALL = Pattern.compile(
            "(?:.*\\.)?(?:log|warning|severe|fine|config)|(?:LOG|log|LOGGER|logger)?\\.(?:trace|debug|info|warn|error)");

    private static boolean exempt(JavaSource s, List<JavaSource.Literal> literals, JavaSource.Literal l) {
        if (s.attributeBefore(l.start()).equals("paramLabel")) {
            return true;
        }
        return LOG_CALL.matcher(s.enclosingCall(l.start(), literals)).matches();
    }
}
