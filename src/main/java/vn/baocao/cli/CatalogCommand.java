package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.domain.Indicator;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/** {@code catalog list}. */
@Command(name = "catalog", description = "Danh mục chỉ tiêu.", subcommands = CatalogCommand.ListIndicators.class)
final class CatalogCommand extends GroupCommand {

    @Command(name = "list", description = "Liệt kê các chỉ tiêu.")
    static final class ListIndicators extends StoreCommand {
        @Option(names = "--format", defaultValue = "table", description = "table hoặc csv (mặc định: ${DEFAULT-VALUE}).")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Indicator> indicators = db.read(c -> new CatalogRepository(c).indicators());
            TextTable table = new TextTable("Mã", "Tên chỉ tiêu", "ĐVT", "Lĩnh vực", "Kiểu", "Chiều");
            for (Indicator i : indicators) {
                table.add(i.code(), i.name(), i.unit(), i.sector(), i.kind().catalogCode(), Labels.direction(i.direction()));
            }
            table.print(out, format);
            return 0;
        }
    }
}
