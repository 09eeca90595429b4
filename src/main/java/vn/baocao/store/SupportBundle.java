package vn.baocao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.baocao.store.text.StoreText;

/**
 * "Lưu thông tin hỗ trợ": one zip a clerk can send to whoever helps them, with the log files, the versions (BaoCao,
 * Java, system, SQLite, schema), the state of the database (size, rows per table, automatic backups, free space) and
 * the settings. Nothing of the figures themselves is included.
 */
public final class SupportBundle {
    private SupportBundle() {
    }

    /**
     * Writes the zip. {@code db} may be null (the database could not be opened: {@code openProblem} says why),
     * {@code databaseFile} is the file that was meant.
     */
    public static void write(Path zip, String appVersion, Database db, Path databaseFile, String openProblem)
            throws vn.baocao.files.FileWriteException {
        vn.baocao.files.SafeFileWriter.write(zip, vn.baocao.files.OutputKind.SUPPORT_BUNDLE, out -> {
            try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                entry(z, "thong-tin.txt", info(appVersion, db, databaseFile, openProblem));
                entry(z, "cai-dat.txt", db == null ? StoreText.get("supportBundle.khongMoDuocCo") : settings(db));
                for (Path log : ProcessSetup.logFiles()) {
                    z.putNextEntry(new ZipEntry("nhat-ky/" + log.getFileName()));
                    Files.copy(log, z);
                    z.closeEntry();
                }
            }
        });
    }

    private static void entry(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    static String info(String appVersion, Database db, Path databaseFile, String openProblem) {
        StringBuilder b = new StringBuilder();
        line(b, StoreText.get("supportBundle.luc"), LocalDateTime.now().toString());
        line(b, "BaoCao", appVersion);
        line(b, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        line(b, StoreText.get("supportBundle.heDieuHanh"), System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(b, StoreText.get("supportBundle.ngonNgu"), StoreText.get("supportBundle.maHoaBangMa", java.util.Locale.getDefault(), System.getProperty("file.encoding"), System.getProperty("stdout.encoding", "?")));
        line(b, "sqlite-jdbc", ProcessSetup.sqliteJdbcVersion());
        line(b, StoreText.get("supportBundle.thuMucDuLieu"), DataLocation.dataFolder().toString());
        line(b, StoreText.get("supportBundle.coSoDuLieu"), String.valueOf(databaseFile));
        try {
            if (databaseFile != null && Files.exists(databaseFile)) {
                line(b, StoreText.get("supportBundle.coTep"), Files.size(databaseFile) + " byte");
                line(b, StoreText.get("supportBundle.conTrongTrenO"), Files.getFileStore(databaseFile).getUsableSpace() / (1024 * 1024) + " MB");
                line(b, StoreText.get("supportBundle.ghiDuoc"), Files.isWritable(databaseFile) && Files.isWritable(databaseFile.toAbsolutePath().getParent())
                        ? StoreText.get("supportBundle.co") : StoreText.get("supportBundle.khong"));
            }
        } catch (IOException e) {
            line(b, StoreText.get("supportBundle.docTep"), e.toString());
        }
        if (openProblem != null) {
            line(b, StoreText.get("supportBundle.loiKhiMo"), openProblem);
        }
        if (db != null) {
            try {
                db.read(c -> {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT sqlite_version(), (SELECT group_concat(version || ':' "
                                 + "|| success, ' ') FROM flyway_schema_history)")) {
                        if (rs.next()) {
                            line(b, "SQLite", rs.getString(1));
                            line(b, StoreText.get("supportBundle.lichSuLuocDo"), rs.getString(2));
                        }
                    }
                    for (Map.Entry<String, Long> e : VerifiedCopy.rowCounts(c).entrySet()) {
                        line(b, StoreText.get("supportBundle.soDong", e.getKey()), Long.toString(e.getValue()));
                    }
                    return null;
                });
            } catch (StoreException e) {
                line(b, StoreText.get("supportBundle.docCoSoDu"), e.getMessage());
            }
            b.append(StoreText.get("supportBundle.banSaoLuuTu"));
            for (AutoBackups.Entry e : AutoBackups.of(db).list()) {
                b.append("  ").append(e.file().getFileName()).append("  ").append(e.size()).append(" byte\n");
            }
        }
        return b.toString();
    }

    private static String settings(Database db) {
        try {
            return db.read(c -> {
                StringBuilder b = new StringBuilder();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
                    while (rs.next()) {
                        line(b, rs.getString(1), rs.getString(2));
                    }
                }
                return b.toString();
            });
        } catch (StoreException e) {
            return StoreText.get("supportBundle.khongDocDuocCai", e.getMessage());
        }
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(value).append('\n');
    }
}
