package vn.baocao.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** {@code demo load}. */
@Command(name = "demo", description = "Dữ liệu mẫu (huyện Xín Mần, 2022–2024).", subcommands = DemoCommand.Load.class)
final class DemoCommand extends GroupCommand {

    @Command(name = "load", description = "Nạp dữ liệu mẫu; nạp lại lần nữa không thay đổi gì.")
    static final class Load extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            DemoDataset.Summary s = DemoDataset.load(db);
            out.println("Đã nạp dữ liệu mẫu huyện Xín Mần (mã địa bàn " + DemoDataset.DISTRICT + "): " + s.areas()
                    + " địa bàn, " + s.indicators() + " chỉ tiêu bổ sung, " + s.targets() + " kế hoạch, "
                    + s.observations() + " số liệu.");
            out.println("Xem đánh giá: baocao assess --area " + DemoDataset.DISTRICT + " --period 2023");
            return 0;
        }
    }
}
