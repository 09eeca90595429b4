package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Opening files in the states a clerk's machine may hold them: empty, from an older version, held by another process. */
class DatabaseLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileBecomesADatabase() throws Exception {
        Path file = dir.resolve("rong.db");
        Files.createFile(file);
        try (Database db = Database.open(file)) {
            int count = db.read(c -> new CatalogRepository(c).count());
            assertThat(count).isEqualTo(78);
        }
    }

    @Test
    void aDatabaseOfTheFirstSchemaIsUpgradedAndACopyKept() throws Exception {
        Path file = dir.resolve("cu.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:vn/baocao/store/migration").target("1").load().migrate();
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO area (code, name, level) VALUES ('H1', 'Huyện Một', 'HUYEN')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.upgradeBackup()).isNotNull().exists();
            assertThat(db.upgradeBackup().getFileName().toString()).startsWith("truoc-nang-cap-v1-");
            int count = db.read(c -> new CatalogRepository(c).count());
            assertThat(count).isEqualTo(78);
            var areas = db.read(c -> new AreaRepository(c).all());
            assertThat(areas).extracting(a -> a.code()).containsExactly("H1");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.upgradeBackup()).isNull();
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsTheDatabase() throws Exception {
        Path file = dir.resolve("baocao.db");
        try (Database held = Database.open(file)) {
            Process child = childProcess(file, "db", "info");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).isEqualTo(1);
            assertThat(err).contains("đang được một cửa sổ BaoCao khác sử dụng");
        }
        Process after = childProcess(file, "db", "info");
        assertThat(after.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(after.exitValue()).isZero();
    }

    private static Process childProcess(Path db, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "vn.baocao.Launcher", "--db", db.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(new File(System.getProperty("java.io.tmpdir"), "baocao-child.out"))
                .start();
    }
}
