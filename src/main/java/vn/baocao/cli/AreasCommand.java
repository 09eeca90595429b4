package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.UnitHeader;
import vn.baocao.domain.VietnameseText;
import vn.baocao.store.AreaEditor;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.OfficialListUpdate;
import vn.baocao.store.OfficialUnits;
import vn.baocao.store.UnitChoice;

/** {@code areas list|find|use|add|rename|end|merge|update-list}. */
@Command(name = "areas", description = "Địa bàn (tỉnh, xã, thôn) và đơn vị của tôi.",
        subcommands = {AreasCommand.ListAreas.class, AreasCommand.Find.class, AreasCommand.Use.class, AreasCommand.Add.class,
                AreasCommand.Rename.class, AreasCommand.End.class, AreasCommand.Merge.class, AreasCommand.UpdateList.class})
final class AreasCommand extends GroupCommand {

    @Command(name = "list", description = "Liệt kê các địa bàn đang dùng.")
    static final class ListAreas extends StoreCommand {
        @Option(names = "--format", defaultValue = "table", description = "table hoặc csv (mặc định: ${DEFAULT-VALUE}).")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Area> areas = db.read(c -> new AreaRepository(c).all());
            TextTable table = new TextTable("Mã", "Tên", "Cấp", "Thuộc", "Hiệu lực");
            for (Area a : areas) {
                table.add(a.code(), a.name(), a.level().label(), a.parentCode(), validity(a));
            }
            table.print(out, format);
            if (areas.isEmpty()) {
                out.println("Chưa có địa bàn. Chọn đơn vị của mình: baocao areas find TÊN, rồi baocao areas use MÃ"
                        + " (hoặc nạp dữ liệu mẫu: baocao demo load).");
            }
            return 0;
        }

        private static String validity(Area a) {
            if (a.validFrom() == null && a.validTo() == null) {
                return "";
            }
            return (a.validFrom() == null ? "" : "từ " + a.validFrom()) + (a.validFrom() != null && a.validTo() != null ? " " : "")
                    + (a.validTo() == null ? "" : "đến " + a.validTo());
        }
    }

    @Command(name = "find", description = "Tìm đơn vị hành chính theo tên (không dấu cũng được) hoặc mã, ví dụ: baocao areas find \"nam dan\".")
    static final class Find extends StoreCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Tên hoặc mã.")
        List<String> words;

        @Option(names = "--limit", defaultValue = "30", description = "Số kết quả tối đa (mặc định: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        protected int run(Database db, PrintWriter out) {
            String text = String.join(" ", words);
            String folded = VietnameseText.fold(text);
            List<AdminUnit> found = db.read(c -> new OfficialUnits(c).search(text, limit));
            List<Area> own = db.read(c -> new AreaRepository(c).all().stream()
                    .filter(a -> a.code().equalsIgnoreCase(text.strip()) || (!folded.isEmpty()
                            && VietnameseText.fold(a.name()).contains(folded)))
                    .filter(a -> found.stream().noneMatch(u -> u.code().equals(a.code()))).toList());
            TextTable table = new TextTable("Mã", "Đơn vị", "Thuộc");
            for (AdminUnit u : found) {
                table.add(u.code(), capital(u.nameWithType()), capital(u.provinceWithType()));
            }
            for (Area a : own) {
                table.add(a.code(), capital(a.level().label() + " " + a.name()) + " (địa bàn đã nhập)", a.parentCode());
            }
            if (found.isEmpty() && own.isEmpty()) {
                out.println("Không tìm thấy đơn vị nào khớp \"" + text + "\".");
                return 1;
            }
            table.print(out, TextTable.Format.table);
            out.println("Chọn đơn vị của mình: baocao areas use MÃ [--body \"UBND\"]");
            return 0;
        }
    }

    @Command(name = "use", description = "Chọn đơn vị của tôi: tiêu đề văn bản, địa danh và nơi nhận lấy từ đơn vị này.")
    static final class Use extends StoreCommand {
        @Parameters(paramLabel = "CODE", description = "Mã đơn vị (xem: baocao areas find TÊN).")
        String code;

        @Option(names = "--body", paramLabel = "TEXT", description = "Cơ quan ban hành: UBND (mặc định), HDND, VAN_PHONG, "
                + "PHONG_KINH_TE, PHONG_VHXH, hoặc tên cơ quan khác.")
        String body;

        @Option(names = "--province-above", arity = "1", paramLabel = "true|false",
                description = "Ghi tên tỉnh phía trên UBND/HĐND xã (mặc định: không).")
        Boolean provinceAbove;

        @Override
        protected int run(Database db, PrintWriter out) {
            UnitChoice.Mine mine = db.inTransaction(c -> {
                UnitChoice choice = new UnitChoice(c);
                if (provinceAbove != null) {
                    choice.setProvinceAbove(provinceAbove);
                }
                return choice.use(code, body);
            });
            UnitHeader h = mine.header();
            out.println("Đơn vị của tôi: " + capital(h.unitType().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " "
                    + h.unitName()) + " (mã " + mine.area().code() + ")" + (h.provinceName() == null ? ""
                    : ", " + h.provinceType().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " " + h.provinceName()) + ".");
            out.println("Tiêu đề văn bản:");
            for (String line : h.parentLines()) {
                out.println("    " + line);
            }
            for (String line : h.issuingLines()) {
                out.println("    " + line + "  (in đậm)");
            }
            out.println("Địa danh: " + h.place() + ", ngày … tháng … năm …");
            out.println("Nơi nhận: " + String.join("; ", h.recipients()) + ".");
            return 0;
        }
    }

    @Command(name = "add", description = "Thêm địa bàn: thôn, bản, tổ dân phố dưới xã; xã cũ; tỉnh.")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE", description = "Mã mới, ví dụ 01141.T01.")
        String code;

        @Parameters(index = "1", paramLabel = "NAME", description = "Tên, ví dụ \"Nấm Dẩn\".")
        String name;

        @Option(names = "--level", required = true, paramLabel = "thon|xa|tinh", description = "Cấp: thon, xa, tinh.")
        String level;

        @Option(names = "--parent", paramLabel = "CODE", description = "Mã địa bàn cấp trên.")
        String parent;

        @Option(names = "--type", paramLabel = "TEXT", description = "Loại: thôn (mặc định), bản, tổ dân phố, xã, phường …")
        String type;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Ngày bắt đầu hiệu lực.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Ngày cuối cùng còn hiệu lực.")
        LocalDate to;

        @Override
        protected int run(Database db, PrintWriter out) {
            AreaLevel l = level(level);
            Area a = db.inTransaction(c -> new AreaEditor(c).add(code, name, l, parent, type, from, to));
            out.println("Đã thêm " + (type == null ? a.level().label() : type) + " " + a.name() + " (mã " + a.code() + ")"
                    + (a.parentCode() == null ? "" : ", thuộc " + a.parentCode()) + ".");
            return 0;
        }

        static AreaLevel level(String text) {
            return switch (VietnameseText.fold(text)) {
                case "thon", "ban", "to dan pho" -> AreaLevel.THON;
                case "xa", "phuong", "dac khu" -> AreaLevel.XA;
                case "huyen" -> AreaLevel.HUYEN;
                case "tinh", "thanh pho" -> AreaLevel.TINH;
                default -> throw new IllegalArgumentException("Cấp địa bàn \"" + text + "\" không hợp lệ (thon, xa, tinh).");
            };
        }
    }

    @Command(name = "rename", description = "Đổi tên địa bàn; mã, số liệu và lịch sử giữ nguyên.")
    static final class Rename extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Ngày bắt đầu dùng tên mới (mặc định: hôm nay).")
        LocalDate from;

        @Override
        protected int run(Database db, PrintWriter out) {
            LocalDate day = from == null ? LocalDate.now() : from;
            Area before = db.read(c -> new AreaRepository(c).find(code.strip()).orElse(null));
            Area a = db.inTransaction(c -> new AreaEditor(c).rename(code, name, day));
            out.println(before != null && before.name().equals(a.name()) ? "Tên địa bàn " + a.code() + " không đổi."
                    : "Đã đổi tên địa bàn " + a.code() + ": " + (before == null ? "" : before.name()) + " → " + a.name() + ".");
            return 0;
        }
    }

    @Command(name = "end", description = "Ghi ngày cuối cùng một địa bàn còn hiệu lực (số liệu giữ nguyên).")
    static final class End extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày cuối cùng còn hiệu lực.")
        LocalDate on;

        @Override
        protected int run(Database db, PrintWriter out) {
            Area a = db.inTransaction(c -> new AreaEditor(c).end(code, on));
            out.println("Địa bàn " + a.code() + " (" + a.name() + ") hiệu lực đến hết ngày " + a.validTo() + ".");
            return 0;
        }
    }

    @Command(name = "merge", description = "Ghi việc sáp nhập: đơn vị mới hình thành từ các đơn vị cũ vào một ngày.")
    static final class Merge extends StoreCommand {
        @Parameters(paramLabel = "NEW", description = "Mã đơn vị mới.")
        String created;

        @Option(names = "--from", required = true, split = ",", paramLabel = "A,B[,C]", description = "Mã các đơn vị cũ.")
        List<String> from;

        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày đơn vị mới bắt đầu.")
        LocalDate on;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Area> former = db.inTransaction(c -> new AreaEditor(c).merge(created, from, on));
            out.println("Đã ghi: " + created.strip() + " hình thành ngày " + on + " từ "
                    + String.join(", ", former.stream().map(a -> a.name() + " (" + a.code() + ")").toList())
                    + ". Số liệu các kỳ trước ngày đó của " + created.strip() + " được tổng hợp từ các đơn vị cũ.");
            return 0;
        }
    }

    @Command(name = "update-list", description = "Cập nhật danh sách đơn vị hành chính từ tệp CSV mới cùng dạng "
            + "(ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa).")
    static final class UpdateList extends StoreCommand {
        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Override
        protected int run(Database db, PrintWriter out) {
            OfficialListUpdate.Summary s = OfficialListUpdate.apply(db, file, LocalDate.now());
            out.println("Đã cập nhật danh sách đơn vị hành chính: " + s.total() + " đơn vị (" + s.added() + " mới, "
                    + s.removed() + " bỏ, " + s.renamed().size() + " đổi tên hoặc loại).");
            s.renamed().forEach(r -> out.println("  " + r));
            for (String r : s.areasRenamed()) {
                out.println("Địa bàn đổi theo tên mới (mã, số liệu giữ nguyên): " + r);
            }
            for (String m : s.missingInUse()) {
                out.println("Lưu ý: địa bàn " + m + " không còn trong danh sách mới; vẫn giữ nguyên trong dữ liệu.");
            }
            return 0;
        }
    }

    static String capital(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + text.substring(1);
    }
}
