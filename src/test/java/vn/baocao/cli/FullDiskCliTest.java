package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.render.SeedFixtures;
import vn.baocao.store.SmallDisk;

/** A full disk while writing is one Vietnamese line saying what to do, on a real size-limited file system. */
class FullDiskCliTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskWhileWritingADocxIsOneVietnameseLine() throws Exception {
        Path json = dir.resolve("vb.json");
        Files.writeString(json, SeedFixtures.json("000"));
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("usb"), "64k")) {
            disk.fillLeaving(8 * 1024);
            Path out = disk.folder().resolve("Báo cáo tháng 3.docx");
            CliRun r = CliRun.on(dir.resolve("baocao.db"), "render", json.toString(), "--docx", out.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("Báo cáo tháng 3.docx").contains("Ổ đĩa đã đầy").doesNotContain("Exception")
                    .doesNotContain("No space");
            assertThat(out).doesNotExist();
            try (var files = Files.list(disk.folder())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler.bin");
            }
        }
    }

    @Test
    void aFullDiskDuringValuesSetIsNotCalledDamage() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("data"), "2m")) {
            Path db = disk.folder().resolve("baocao.db");
            assertThat(CliRun.on(db, "demo", "load").code()).isZero();
            disk.fillLeaving(0);
            CliRun r = CliRun.on(db, "values", "set", "LD01", "2.500", "--area", "XINMAN", "--period", "2023");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("Ổ đĩa đã đầy").doesNotContain("hỏng").doesNotContain("SQL")
                    .doesNotContain("newer");
        }
    }
}
