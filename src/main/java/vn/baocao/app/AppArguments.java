package vn.baocao.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The window's command line: {@code --db FILE} opens another database, {@code --smoke} shows the window and exits 0
 * after the first frame (installer smoke tests).
 */
public record AppArguments(Path database, boolean smoke) {

    public static AppArguments parse(List<String> args) {
        Path db = null;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--smoke")) {
                smoke = true;
            } else if (a.equals("--db") && i + 1 < args.size()) {
                db = Path.of(args.get(++i));
            } else if (a.startsWith("--db=")) {
                db = Path.of(a.substring("--db=".length()));
            }
        }
        return new AppArguments(db, smoke);
    }

    /** Whether these arguments are for the window rather than the command line: none at all, or --smoke. */
    public static boolean wantsWindow(String[] args) {
        return args.length == 0 || List.of(args).contains("--smoke");
    }
}
