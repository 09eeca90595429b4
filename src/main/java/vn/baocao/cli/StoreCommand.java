package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.baocao.store.DataLocation;
import vn.baocao.store.Database;

/** Base of the commands that work on the database: opens it, runs, closes it. */
@CommandLine.Command
abstract class StoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Database db = Database.open(DataLocation.databaseFile(rootOptions().db))) {
            return run(db, spec.commandLine().getOut());
        }
    }

    protected abstract int run(Database db, PrintWriter out) throws Exception;

    private BaoCaoCommand rootOptions() {
        CommandLine c = spec.commandLine();
        while (c.getParent() != null) {
            c = c.getParent();
        }
        return c.getCommand();
    }
}
