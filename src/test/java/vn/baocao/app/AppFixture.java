package vn.baocao.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.dialog.FxDialogService;
import vn.baocao.app.start.BaoCaoApplication;
import vn.baocao.app.start.CompositionRoot;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.store.Database;

/** The real window, wired by the composition root, over a temporary database with the demo loaded. */
public final class AppFixture {
    private AppFixture() {
    }

    public static CompositionRoot show(Stage stage, Path folder, double width, double height) {
        return show(stage, folder, width, height, new FxDialogService(Messages.load(), () -> stage));
    }

    /** The window with dialogs answered by the test (file and folder choosers cannot open headless). */
    public static CompositionRoot show(Stage stage, Path folder, double width, double height, DialogService dialogs) {
        Database db = TestDatabase.withDemo(folder);
        Messages messages = Messages.load();
        CompositionRoot root = new CompositionRoot(db, messages, new FxTaskRunner(), dialogs);
        Scene scene = new Scene(root.mainView(stage::close), width, height);
        BaoCaoApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.show();
        root.start();
        return root;
    }
}
