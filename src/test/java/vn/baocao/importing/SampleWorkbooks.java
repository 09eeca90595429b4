package vn.baocao.importing;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The sample workbooks of {@code src/test/resources/samples} (see its README): small files that each pin down one
 * behaviour of real colleagues' workbooks. They are read from the test class path, so a clone needs nothing beside it.
 */
public final class SampleWorkbooks {
    private SampleWorkbooks() {
    }

    /** The folder holding the samples (the copy Maven puts under target/test-classes). */
    public static Path dir() {
        URL readme = SampleWorkbooks.class.getResource("/samples/README.md");
        if (readme == null) {
            throw new IllegalStateException("samples/README.md is not on the test class path");
        }
        try {
            return Paths.get(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static File sample(String name) {
        File file = dir().resolve(name).toFile();
        if (!file.isFile()) {
            throw new IllegalStateException("missing sample " + file);
        }
        return file;
    }
}
