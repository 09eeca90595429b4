package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.domain.Area;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;

/** {@code areas list}. */
@Command(name = "areas", description = "Địa bàn (tỉnh, huyện, xã, thôn).", subcommands = AreasCommand.ListAreas.class)
final class AreasCommand extends GroupCommand {

    @Command(name = "list", description = "Liệt kê các địa bàn.")
    static final class ListAreas extends StoreCommand {
        @Option(names = "--format", defaultValue = "table", description = "table hoặc csv (mặc định: ${DEFAULT-VALUE}).")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Area> areas = db.read(c -> new AreaRepository(c).all());
            TextTable table = new TextTable("Mã", "Tên", "Cấp", "Thuộc");
            for (Area a : areas) {
                table.add(a.code(), a.name(), a.level().label(), a.parentCode());
            }
            table.print(out, format);
            if (areas.isEmpty()) {
                out.println("Chưa có địa bàn. Nạp dữ liệu mẫu: baocao demo load");
            }
            return 0;
        }
    }
}
