package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.domain.Indicator;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** {@code catalog list}. */
@Command(name = "catalog", subcommands = CatalogCommand.ListIndicators.class)
final class CatalogCommand extends GroupCommand {

    @Command(name = "list")
    static final class ListIndicators extends StoreCommand {
        @Option(names = "--format", defaultValue = "table", descriptionKey = "catalogCommand.format")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Indicator> indicators = db.read(c -> new CatalogRepository(c).indicators());
            TextTable table = new TextTable(CliText.get("catalogCommand.ma"), CliText.get("catalogCommand.tenChiTieu"), CliText.get("catalogCommand.dvt"), CliText.get("catalogCommand.linhVuc"), CliText.get("catalogCommand.kieu"), CliText.get("catalogCommand.chieu"));
            for (Indicator i : indicators) {
                table.add(i.code(), i.name(), i.unit(), i.sector(), i.kind().catalogCode(), Labels.direction(i.direction()));
            }
            table.print(out, format);
            return 0;
        }
    }
}
