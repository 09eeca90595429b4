package vn.baocao.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

class DatabaseSchemaVersionTest {
    @Test
    void theFastPathVersionIsTheNewestMigration() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite::memory:");
        MigrationInfo[] all = Flyway.configure().dataSource(ds).locations("classpath:vn/baocao/store/migration").load().info().all();
        assertThat(Database.SCHEMA_VERSION).isEqualTo(all[all.length - 1].getVersion().getVersion());
    }
}
