package vn.baocao.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.baocao.document.demo.Demo2025;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** {@code demo load [--set 2025]}. */
@Command(name = "demo", description = "Dữ liệu mẫu: huyện Xín Mần 2022–2024 (mặc định) hoặc xã Nấm Dẩn sau sắp xếp 2025 (--set 2025).",
        subcommands = DemoCommand.Load.class)
final class DemoCommand extends GroupCommand {

    @Command(name = "load", description = "Nạp dữ liệu mẫu; nạp lại lần nữa không thay đổi gì.")
    static final class Load extends StoreCommand {
        @Option(names = "--set", defaultValue = "xinman", paramLabel = "xinman|2025",
                description = "Bộ dữ liệu mẫu: xinman (huyện Xín Mần, trước sắp xếp, mặc định) hoặc 2025 (xã Nấm Dẩn, tỉnh Tuyên Quang).")
        String set;

        @Override
        protected int run(Database db, PrintWriter out) {
            switch (set.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "2025" -> {
                    Demo2025.Summary s = Demo2025.load(db, LocalDate.now());
                    out.println("Đã nạp dữ liệu mẫu xã Nấm Dẩn (mã " + Demo2025.COMMUNE + "), tỉnh Tuyên Quang: " + s.areas()
                            + " địa bàn, " + s.targets() + " kế hoạch, " + s.observations() + " số liệu (tháng 1/2024 đến tháng "
                            + s.lastMonth().getMonthValue() + "/" + s.lastMonth().getYear() + "), báo cáo năm 2025 lưu số "
                            + s.reportId() + ".");
                    out.println("Đây là dữ liệu mẫu: các số liệu do BaoCao tự tạo; việc xã Nấm Dẩn hình thành ngày 01/7/2025 từ"
                            + " ba xã có tên \"(mẫu)\" là ví dụ, không phải thông tin chính thức.");
                    out.println("Xem so sánh với năm 2024 (tổng các xã trước sắp xếp): baocao assess --area "
                            + Demo2025.COMMUNE + " --period 2025");
                }
                case "xinman", "xin-man", "2023" -> {
                    DemoDataset.Summary s = DemoDataset.load(db);
                    out.println("Đã nạp dữ liệu mẫu huyện Xín Mần (mã địa bàn " + DemoDataset.DISTRICT + "): " + s.areas()
                            + " địa bàn, " + s.indicators() + " chỉ tiêu bổ sung, " + s.targets() + " kế hoạch, "
                            + s.observations() + " số liệu.");
                    out.println("Xem đánh giá: baocao assess --area " + DemoDataset.DISTRICT + " --period 2023");
                }
                default -> throw new CliException("Bộ dữ liệu mẫu \"" + set + "\" không có; dùng xinman hoặc 2025.");
            }
            return 0;
        }
    }
}
