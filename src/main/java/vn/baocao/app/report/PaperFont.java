package vn.baocao.app.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.text.Font;
import vn.baocao.render.layout.FontFiles;

/**
 * The face of the page editor: the one the documents print in ({@link FontFiles}: Times New Roman when the system has
 * it, else the bundled Liberation Serif). JavaFX knows neither of the bundled files, and its CSS takes only the first
 * family of a list ("Times New Roman", "Liberation Serif", serif): on a machine without Times New Roman the page fell
 * back to the system's sans face. So the four faces are loaded into JavaFX once, and a stylesheet names the family they
 * registered.
 */
final class PaperFont {
    private static String stylesheet;
    private static String loadedFamily;

    private PaperFont() {
    }

    /** A stylesheet (a data URI) setting the paper's text in the document face; loads the faces on first use. */
    static synchronized String stylesheet() {
        if (stylesheet == null) {
            String family = load();
            String css = ".paper .label, .paper .text, .field-area .text { -fx-font-family: \"" + family + "\"; }\n"
                    // the captions of the generated parts stay in the window's face, as baocao.css sets them
                    + ".paper .generated-caption { -fx-font-family: System; }\n";
            stylesheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        }
        return stylesheet;
    }

    /** The family name the faces registered under ("Times New Roman", "Liberation Serif"). */
    static synchronized String family() {
        stylesheet();
        return loadedFamily;
    }

    private static String load() {
        FontFiles files = FontFiles.get();
        String family = null;
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                Font f = Font.loadFont(new ByteArrayInputStream(files.face(bold, italic)), 12);
                if (f != null && family == null) {
                    family = f.getFamily();
                }
            }
        }
        // a face JavaFX cannot read leaves the name the documents ask for, as before
        loadedFamily = family == null ? FontFiles.FAMILY : family;
        return loadedFamily;
    }
}
