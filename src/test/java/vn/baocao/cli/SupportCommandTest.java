package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportCommandTest {
    @TempDir
    Path dir;

    @Test
    void theZipHoldsVersionsSettingsAndTheDatabaseState() throws Exception {
        Path db = dir.resolve("baocao.db");
        assertThat(CliRun.on(db, "demo", "load").code()).isZero();
        Path zip = dir.resolve("Hỗ trợ/thông tin hỗ trợ.zip");
        Files.createDirectories(zip.getParent());
        CliRun r = CliRun.on(db, "support", zip.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã lưu thông tin hỗ trợ");
        Map<String, String> entries = read(zip);
        assertThat(entries).containsKeys("thong-tin.txt", "cai-dat.txt");
        assertThat(entries.get("thong-tin.txt")).contains("Java: ").contains("SQLite: 3.").contains("Số dòng observation: ")
                .contains("Cơ sở dữ liệu: " + db);
    }

    @Test
    void itWorksWhenTheDatabaseCannotBeOpenedAndSaysWhy() throws Exception {
        Path db = dir.resolve("hong.db");
        Files.writeString(db, "không phải SQLite");
        Path zip = dir.resolve("ho-tro.zip");
        CliRun r = CliRun.on(db, "support", zip.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(read(zip).get("thong-tin.txt")).contains("Lỗi khi mở: Tệp").contains("không phải cơ sở dữ liệu BaoCao");
    }

    private static Map<String, String> read(Path zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
