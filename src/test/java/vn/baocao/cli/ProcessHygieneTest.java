package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process, as the launcher starts it, in a user folder with Vietnamese letters and spaces: library logging
 * goes to the rotating log in the data folder and not to the terminal, SQLite's native library is extracted once
 * into the data folder and not into the system's temporary folder.
 */
class ProcessHygieneTest {
    @TempDir
    Path tmp;

    SeparateJvm.Run baocao(String... args) throws Exception {
        return baocaoWith(List.of(), args);
    }

    SeparateJvm.Run baocaoWith(List<String> jvm, String... args) throws Exception {
        return SeparateJvm.run(tmp, jvm, "vn.baocao.Launcher", List.of(args));
    }

    @Test
    void aRenderWithItsFontsParsedAheadMakesThePdfMadeWithout() throws Exception {
        Path json = tmp.resolve("004.json");
        try (var in = getClass().getResourceAsStream("/seeds/004.json")) {
            Files.copy(in, json);
        }
        SeparateJvm.Run ahead = baocao("render", json.toString(), "--pdf", tmp.resolve("ahead.pdf").toString());
        SeparateJvm.Run without = baocaoWith(List.of("-Dbaocao.prefetch=off"), "render", json.toString(), "--pdf",
                tmp.resolve("without.pdf").toString());
        assertThat(ahead.code()).as(ahead.err()).isZero();
        assertThat(without.code()).as(without.err()).isZero();
        assertThat(ahead.err()).isEmpty();
        assertThat(pdfText(tmp.resolve("ahead.pdf"))).isEqualTo(pdfText(tmp.resolve("without.pdf"))).contains("BÁO CÁO");
        // render opens no database: no SQLite library set up for it
        assertThat(tmp.resolve("dữ liệu/baocao/lib")).doesNotExist();
        // iText's lines of every layout (its typography module absent, a widow it cannot avoid) stay out of the log:
        // the window lays the document out again as the clerk types, and they pushed the real entries out of it
        Path log = tmp.resolve("dữ liệu/baocao/nhat-ky/baocao-0.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("pdfCalligraph").doesNotContain("Widows");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            StringBuilder text = new StringBuilder("pages " + doc.getNumberOfPages() + "\n");
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return text.toString();
        }
    }

    @Test
    void aReportInAVietnameseFolderPrintsNoLibraryChatterAndLeavesNothingInTmp() throws Exception {
        Path user = tmp.resolve("Nguyễn Văn Ánh");
        Path db = user.resolve("Cơ sở dữ liệu/baocao.db");
        SeparateJvm.Run load = baocao("--db", db.toString(), "demo", "load");
        assertThat(load.code()).as(load.err()).isZero();
        Path docx = user.resolve("Báo cáo tháng 3.docx");
        Path pdf = user.resolve("Báo cáo tháng 3.pdf");
        SeparateJvm.Run report = baocao("--db", db.toString(), "report", "--template", "bao-cao-nam", "--area", "XINMAN", "--period",
                "2023", "--docx", docx.toString(), "--pdf", pdf.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.err()).isEmpty();
        assertThat(report.out()).doesNotContain("WARN").doesNotContain("INFO").contains("Báo cáo tháng 3.docx");
        assertThat(docx).isNotEmptyFile();
        assertThat(pdf).isNotEmptyFile();

        SeparateJvm.Run usage = baocao("--db", db.toString(), "values", "set", "LD01");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Thiếu").doesNotContain("Missing");

        Path data = tmp.resolve("dữ liệu/baocao");
        Path log = data.resolve("nhat-ky/baocao-0.log");
        assertThat(log).isNotEmptyFile();
        assertThat(Files.readString(log)).contains("Missing required");
        try (Stream<Path> leftovers = Files.walk(tmp.resolve("jtmp"))) {
            assertThat(leftovers.filter(Files::isRegularFile).map(Path::toString)).noneMatch(n -> n.contains("sqlite"));
        }
        try (Stream<Path> libs = Files.walk(data.resolve("lib"))) {
            assertThat(libs.filter(f -> f.getFileName().toString().contains("sqlitejdbc"))).hasSize(1);
        }
    }
}
