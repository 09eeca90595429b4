package vn.baocao;

/**
 * Entry point. Without arguments (or with {@code --smoke [--db FILE]}) it opens the window; with other arguments it
 * runs the command line. It does not extend javafx.application.Application so the JavaFX jars can stay on the class
 * path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (vn.baocao.app.start.DesktopApp.wantsWindow(args)) {
            System.exit(vn.baocao.app.start.DesktopApp.launch(args));
        }
        System.exit(vn.baocao.cli.BaoCaoCommand.run(args));
    }
}
