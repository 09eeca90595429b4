package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import picocli.CommandLine;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.StoreException;
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
            if (db.isReadOnly()) {
                spec.commandLine().getErr().println(CliText.get("storeCommand.luuY", db.readOnlyReason()));
                spec.commandLine().getErr().flush();
            }
            dailyBackup(db);
            return run(db, spec.commandLine().getOut());
        }
    }

    /** The first command of the day keeps a copy; one that cannot be made is said, and the command still runs. */
    private void dailyBackup(Database db) {
        try {
            AutoBackups.of(db).dailyIfDue(LocalDate.now());
        } catch (StoreException e) {
            spec.commandLine().getErr().println(CliText.get("storeCommand.canhBaoChuaTao", e.getMessage()));
            spec.commandLine().getErr().flush();
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
