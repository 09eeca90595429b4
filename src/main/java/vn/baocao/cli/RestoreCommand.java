package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;

/** {@code restore IN | --auto N}: replace the data with a backup (the current data is kept aside first). */
@Command(name = "restore")
final class RestoreCommand extends StoreCommand {
    @Parameters(arity = "0..1", paramLabel = "IN", descriptionKey = "restoreCommand.parameter")
    Path in;

    @Option(names = "--auto", paramLabel = "SỐ", descriptionKey = "restoreCommand.auto")
    Integer auto;

    @Override
    protected int run(Database db, PrintWriter w) {
        if ((in == null) == (auto == null)) {
            throw new CliException(CliText.get("restoreCommand.hayChoBietMot"));
        }
        Path source = in != null ? in.toAbsolutePath() : AutoBackups.of(db).numbered(auto).file();
        Path safety = db.restoreFrom(source);
        w.println(CliText.get("restoreCommand.daPhucHoiVa", source));
        w.println(CliText.get("restoreCommand.duLieuTruocKhi", safety));
        return 0;
    }
}
