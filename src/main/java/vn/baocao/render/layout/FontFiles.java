package vn.baocao.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.render.text.RenderText;

/**
 * Finds the font files of the document face. Times New Roman when the system has it (Windows or the
 * usual Linux and macOS font folders), otherwise the bundled Liberation Serif, which has the same
 * metrics. Both renderers and the text measurer use this one choice.
 */
public final class FontFiles {
    /** The face name Word documents ask for. */
    public static final String FAMILY = "Times New Roman";

    private static final String BUNDLED = "/com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-";
    private static final String[][] SYSTEM_NAMES = {
            {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"},
            {"Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"},
            {"Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf"},
    };
    private static volatile FontFiles instance;

    private final List<byte[]> faces; // regular, bold, italic, bold italic
    private final boolean timesNewRoman;

    private FontFiles(List<byte[]> faces, boolean timesNewRoman) {
        this.faces = faces;
        this.timesNewRoman = timesNewRoman;
    }

    public static FontFiles get() {
        if (instance == null) {
            synchronized (FontFiles.class) {
                if (instance == null) {
                    instance = load(!"true".equals(System.getProperty("baocao.fonts.bundledOnly")));
                }
            }
        }
        return instance;
    }

    /** The bytes of the TrueType file for this weight and slant. */
    public byte[] face(boolean bold, boolean italic) {
        return faces.get((bold ? 1 : 0) + (italic ? 2 : 0));
    }

    /** True when the system's Times New Roman is used, false for the bundled Liberation Serif. */
    public boolean isTimesNewRoman() {
        return timesNewRoman;
    }

    private static FontFiles load(boolean trySystem) {
        if (trySystem) {
            for (Path dir : systemFolders()) {
                for (String[] names : SYSTEM_NAMES) {
                    List<byte[]> found = readAll(dir, names);
                    if (found != null) {
                        return new FontFiles(found, true);
                    }
                }
            }
        }
        List<byte[]> bundled = new ArrayList<>();
        for (String style : new String[] {"Regular", "Bold", "Italic", "BoldItalic"}) {
            try (InputStream in = FontFiles.class.getResourceAsStream(BUNDLED + style + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException(RenderText.get("fontFiles.thieuPhongLiberationSerif", style));
                }
                bundled.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FontFiles(List.copyOf(bundled), false);
    }

    private static List<byte[]> readAll(Path dir, String[] names) {
        List<byte[]> out = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                return null;
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> systemFolders() {
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        dirs.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
        String home = System.getProperty("user.home", "");
        dirs.add(Path.of(home, "AppData", "Local", "Microsoft", "Windows", "Fonts"));
        dirs.add(Path.of("/usr/share/fonts/truetype/msttcorefonts"));
        dirs.add(Path.of("/usr/share/fonts/TTF"));
        dirs.add(Path.of("/usr/share/fonts/truetype"));
        dirs.add(Path.of(home, ".fonts"));
        dirs.add(Path.of(home, ".local", "share", "fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts/Supplemental"));
        return dirs;
    }
}
