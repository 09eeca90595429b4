package vn.baocao;

/**
 * Entry point. Without arguments it opens the window; with arguments it runs the command line.
 * It does not extend javafx.application.Application so the JavaFX jars can stay on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(vn.baocao.cli.BaoCaoCommand.run(args));
    }
}
