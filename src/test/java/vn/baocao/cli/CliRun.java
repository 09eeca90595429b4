package vn.baocao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line on a given database, with what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun on(Path database, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = database.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = BaoCaoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new CliRun(code, out.toString(), err.toString());
    }
}
