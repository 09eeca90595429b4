package vn.baocao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * What a BaoCao process sets up before anything else runs (the window and the command line call it first):
 * <ul>
 * <li>every library's logging (POI, iText, Flyway, PDFBox, JavaFX, ours; SLF4J goes to java.util.logging) goes to
 *     "nhat-ky/baocao-N.log" in the data folder, rotated by java.util.logging's FileHandler (5 files of 1 MB), and
 *     never to the terminal or the window;</li>
 * <li>SQLite's native library is extracted once into the data folder ("lib/sqlite-VERSION/") and loaded from
 *     there, instead of a new copy in the system's temporary folder on every start, which a killed process never
 *     removes.</li>
 * </ul>
 */
public final class ProcessSetup {
    public static final String LOG_FOLDER = "nhat-ky";
    static final int LOG_FILE_BYTES = 1024 * 1024;
    static final int LOG_FILES = 5;
    private static volatile boolean done;
    /**
     * Library loggers held to fewer messages. With every PDF laid out, iText logs at INFO that its typography module
     * is absent (23 lines for seed 004; Vietnamese is laid out from precomposed letters, which need none) and warns
     * when a paragraph cannot keep two lines on its new page (the page is right as laid out). The window lays the
     * document out again as the clerk types: at 6,3 KB per layout they filled the 5 MB of log in about 830 renders,
     * pushing out the ones worth reading, and cost a write each. Held in fields: java.util.logging keeps loggers, and so their levels, only
     * weakly.
     */
    private static final Logger ITEXT_TYPOGRAPHY = Logger.getLogger("com.itextpdf.layout.renderer.typography");
    private static final Logger ITEXT_WIDOWS = Logger.getLogger("com.itextpdf.layout.properties.ParagraphWidowsControl");

    private ProcessSetup() {
    }

    /** Sets up logging and the native library in the user's data folder; once per process. */
    public static void prepare() {
        prepare(true);
    }

    /**
     * As {@link #prepare()}; without {@code sqlite} the native library is left alone, for a run that opens no
     * database (a cold {@code render} saves the look-up of the system and the library's copy).
     */
    public static synchronized void prepare(boolean sqlite) {
        if (done) {
            return;
        }
        done = true;
        Path data = DataLocation.dataFolder();
        logTo(data.resolve(LOG_FOLDER));
        if (sqlite) {
            nativeLibraryIn(data.resolve("lib"));
        }
    }

    /** Sends all logging to rotating files in {@code folder}; if that is impossible, logging is off, never on screen. */
    static void logTo(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s - %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("baocao-%g.log").toString(), LOG_FILE_BYTES, LOG_FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
            root.setLevel(Level.INFO);
            ITEXT_TYPOGRAPHY.setLevel(Level.WARNING);
            ITEXT_WIDOWS.setLevel(Level.SEVERE);
        } catch (IOException | RuntimeException e) {
            root.setLevel(Level.OFF); // a read-only data folder: no log rather than text on the clerk's screen
        }
    }

    /** The log files, newest first. */
    public static java.util.List<Path> logFiles() {
        Path folder = DataLocation.dataFolder().resolve(LOG_FOLDER);
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < LOG_FILES; i++) {
            Path f = folder.resolve("baocao-" + i + ".log");
            if (Files.isRegularFile(f)) {
                files.add(f);
            }
        }
        return files;
    }

    /**
     * Extracts sqlite-jdbc's native library for this system into {@code folder} (once per version) and tells
     * sqlite-jdbc to load it from there (its org.sqlite.lib.path / org.sqlite.lib.name properties). When that is
     * impossible nothing is set and sqlite-jdbc does what it always did.
     */
    static void nativeLibraryIn(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String resource = ("/" + LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())
                .replaceAll("/+", "/");
        String version = sqliteJdbcVersion();
        Path dir = folder.resolve("sqlite-" + version + "-" + OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
        Path lib = dir.resolve(LibraryLoaderUtil.getNativeLibName());
        try (InputStream in = ProcessSetup.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            if (!Files.isRegularFile(lib)) {
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, ".lib-", ".tmp");
                try {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    VerifiedCopy.move(temp, lib);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(ProcessSetup.class.getName()).log(Level.WARNING,
                    "Không chép được thư viện SQLite vào " + dir + "; dùng thư mục tạm của hệ thống", e);
        }
    }

    /** From sqlite-jdbc's own VERSION resource ("version=3.54.1.0"), read without loading the driver. */
    static String sqliteJdbcVersion() {
        try (InputStream in = ProcessSetup.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/VERSION")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "0").strip();
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "0";
    }
}
