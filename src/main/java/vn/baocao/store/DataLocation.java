package vn.baocao.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default database lives: the user's data folder, never the install folder. */
public final class DataLocation {
    public static final String DATABASE_FILE_NAME = "baocao.db";
    /** Environment variable that overrides the database file. */
    public static final String DB_ENV = "BAOCAO_DB";

    private DataLocation() {
    }

    /** %APPDATA%\BaoCao on Windows, ~/Library/Application Support/BaoCao on macOS, $XDG_DATA_HOME/baocao elsewhere. */
    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path dataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "BaoCao") : Path.of(home, "AppData", "Roaming", "BaoCao");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "BaoCao");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "baocao") : Path.of(home, ".local", "share", "baocao");
    }

    /** The database to open: an explicit file, else $BAOCAO_DB, else the default file in the data folder. */
    public static Path databaseFile(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String env = System.getenv(DB_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return dataFolder().resolve(DATABASE_FILE_NAME);
    }

    /** Default folder for backups. */
    public static Path backupFolder() {
        return dataFolder().resolve("sao-luu");
    }
}
