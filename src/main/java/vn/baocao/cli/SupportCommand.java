package vn.baocao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.baocao.store.DataLocation;
import vn.baocao.store.Database;
import vn.baocao.files.FileWriteException;
import vn.baocao.store.StoreException;
import vn.baocao.store.SupportBundle;

/**
 * {@code support OUT.zip}: the log, versions and settings in one zip for whoever helps the clerk. Works also when
 * the database cannot be opened (that is when it is needed most): the zip then says why.
 */
@Command(name = "support")
final class SupportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT.zip", descriptionKey = "supportCommand.parameter")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FileWriteException {
        Path file = DataLocation.databaseFile(((BaoCaoCommand) spec.root().userObject()).db);
        Database db = null;
        String problem = null;
        try {
            db = Database.open(file);
        } catch (StoreException e) {
            problem = e.getMessage();
        }
        try {
            SupportBundle.write(out, Version.current(), db, file, problem);
        } catch (FileWriteException e) {
            throw new CliException(e.getMessage());
        } finally {
            if (db != null) {
                db.close();
            }
        }
        spec.commandLine().getOut().println(CliText.get("supportCommand.daLuuThongTin", out.toAbsolutePath()));
        return 0;
    }
}
