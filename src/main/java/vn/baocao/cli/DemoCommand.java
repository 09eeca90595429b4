package vn.baocao.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.document.demo.Demo2025;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** {@code demo load [--set 2025]}. */
@Command(name = "demo",
        subcommands = DemoCommand.Load.class)
final class DemoCommand extends GroupCommand {

    @Command(name = "load")
    static final class Load extends StoreCommand {
        @Option(names = "--set", defaultValue = "xinman", paramLabel = "xinman|2025",
                descriptionKey = "demoCommand.set")
        String set;

        @Override
        protected int run(Database db, PrintWriter out) {
            switch (set.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "2025" -> {
                    Demo2025.Summary s = Demo2025.load(db, LocalDate.now());
                    out.println(CliText.get("demoCommand.daNapDuLieu", Demo2025.COMMUNE, s.areas(), s.targets(), s.observations(), s.lastMonth().getMonthValue(), s.lastMonth().getYear(), s.reportId()));
                    out.println(CliText.get("demoCommand.dayLaDuLieu"));
                    out.println(CliText.get("demoCommand.xemSoSanhVoi", Demo2025.COMMUNE));
                }
                case "xinman", "xin-man", "2023" -> {
                    DemoDataset.Summary s = DemoDataset.load(db);
                    out.println(CliText.get("demoCommand.daNapDuLieu2", DemoDataset.DISTRICT, s.areas(), s.indicators(), s.targets(), s.observations()));
                    out.println(CliText.get("demoCommand.xemDanhGiaBaocao", DemoDataset.DISTRICT));
                }
                default -> throw new CliException(CliText.get("demoCommand.boDuLieuMau", set));
            }
            return 0;
        }
    }
}
