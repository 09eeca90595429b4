package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.baocao.render.SeedFixtures;

class RenderCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = new CommandLine(new RenderCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void rendersBothFormats() throws Exception {
        Path json = dir.resolve("vb.json");
        Files.writeString(json, SeedFixtures.json("000"));
        int code = run(json.toString(), "--docx", dir.resolve("a.docx").toString(), "--pdf", dir.resolve("a.pdf").toString());
        assertThat(code).isZero();
        assertThat(Files.size(dir.resolve("a.docx"))).isPositive();
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).startsWith("%PDF".getBytes());
        assertThat(out.toString()).contains("Đã ghi tệp Word", "Đã ghi tệp PDF");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void requiresAnOutput() throws Exception {
        Path json = dir.resolve("vb.json");
        Files.writeString(json, SeedFixtures.json("000"));
        assertThat(run(json.toString())).isNotZero();
        assertThat(err.toString()).contains("ít nhất một tệp đầu ra");
    }

    @Test
    void missingInputNamesTheFile() {
        assertThat(run(dir.resolve("khong-co.json").toString(), "--pdf", dir.resolve("a.pdf").toString())).isNotZero();
        assertThat(err.toString()).contains("Không tìm thấy tệp văn bản", "khong-co.json");
    }

    @Test
    void badJsonNamesTheFile() throws Exception {
        Path json = dir.resolve("hong.json");
        Files.writeString(json, "{\"formatVersion\":1,\"document\":{\"type\":\"BAO_CAO\"}}");
        assertThat(run(json.toString(), "--pdf", dir.resolve("a.pdf").toString())).isNotZero();
        assertThat(err.toString()).contains("hong.json", "không đúng định dạng");
    }

    @Test
    void unwritableTargetNamesTheFile() throws Exception {
        Path json = dir.resolve("vb.json");
        Files.writeString(json, SeedFixtures.json("000"));
        Path target = dir.resolve("khong-co-thu-muc").resolve("a.pdf");
        assertThat(run(json.toString(), "--pdf", target.toString())).isNotZero();
        assertThat(err.toString()).contains("Không ghi được tệp", "a.pdf");
    }
}
