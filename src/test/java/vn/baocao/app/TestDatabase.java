package vn.baocao.app;

import java.nio.file.Path;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** A database in a temporary folder, with the Xín Mần demo loaded. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static Database withDemo(Path folder) {
        Database db = Database.open(folder.resolve("test.db"));
        DemoDataset.load(db);
        return db;
    }
}
