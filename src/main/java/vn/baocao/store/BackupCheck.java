package vn.baocao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.baocao.store.text.StoreText;

/** Checks that a (staged copy of a) file is a BaoCao backup this version can read, before anything is overwritten. */
final class BackupCheck {
    private BackupCheck() {
    }

    /** {@code shownAs} is the file the clerk chose, named in messages; {@code copy} the staged copy that is read. */
    static void verify(Path copy, Path shownAs, String latestVersion) throws SQLException {
        String version;
        try (Connection c = DriverManager.getConnection(Database.url(copy)); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('indicator', 'observation', 'flyway_schema_history')")) {
                if (!rs.next() || rs.getInt(1) < 3) {
                    throw new StoreException(StoreText.get("backupCheck.tepLaCoSo", shownAs));
                }
            }
            version = MigrationHistory.highestVersion(c);
        }
        try {
            VerifiedCopy.check(copy, null);
        } catch (VerifiedCopy.CopyMismatch e) {
            throw new StoreException(StoreText.get("backupCheck.tepSaoLuuBi", shownAs, e.getMessage()), e);
        }
        if (compareVersions(version, latestVersion) > 0) {
            throw new StoreException(StoreText.get("backupCheck.tepSaoLuuDo", shownAs, version));
        }
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            int x = i < pa.length ? Integer.parseInt(pa[i]) : 0;
            int y = i < pb.length ? Integer.parseInt(pb[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
