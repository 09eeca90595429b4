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
@Command(name = "areas",
        subcommands = {AreasCommand.ListAreas.class, AreasCommand.Find.class, AreasCommand.Use.class, AreasCommand.Add.class,
                AreasCommand.Rename.class, AreasCommand.End.class, AreasCommand.Merge.class, AreasCommand.UpdateList.class})
final class AreasCommand extends GroupCommand {

    @Command(name = "list")
    static final class ListAreas extends StoreCommand {
        @Option(names = "--format", defaultValue = "table", descriptionKey = "areasCommand.format")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Area> areas = db.read(c -> new AreaRepository(c).all());
            TextTable table = new TextTable(CliText.get("areasCommand.ma"), CliText.get("areasCommand.ten"), CliText.get("areasCommand.cap"), CliText.get("areasCommand.thuoc2"), CliText.get("areasCommand.hieuLuc"));
            for (Area a : areas) {
                table.add(a.code(), a.name(), a.level().label(), a.parentCode(), validity(a));
            }
            table.print(out, format);
            if (areas.isEmpty()) {
                out.println(CliText.get("areasCommand.chuaCoDiaBan"));
            }
            return 0;
        }

        private static String validity(Area a) {
            if (a.validFrom() == null && a.validTo() == null) {
                return "";
            }
            return (a.validFrom() == null ? "" : CliText.get("areasCommand.tu", a.validFrom())) + (a.validFrom() != null && a.validTo() != null ? " " : "")
                    + (a.validTo() == null ? "" : CliText.get("areasCommand.den", a.validTo()));
        }
    }

    @Command(name = "find")
    static final class Find extends StoreCommand {
        @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "areasCommand.parameter")
        List<String> words;

        @Option(names = "--limit", defaultValue = "30", descriptionKey = "areasCommand.limit")
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
            TextTable table = new TextTable(CliText.get("areasCommand.ma"), CliText.get("areasCommand.donVi"), CliText.get("areasCommand.thuoc2"));
            for (AdminUnit u : found) {
                table.add(u.code(), capital(u.nameWithType()), capital(u.provinceWithType()));
            }
            for (Area a : own) {
                table.add(a.code(), CliText.get("areasCommand.diaBanDaNhap", capital(a.level().label() + " " + a.name())), a.parentCode());
            }
            if (found.isEmpty() && own.isEmpty()) {
                out.println(CliText.get("areasCommand.khongTimThayDon", text));
                return 1;
            }
            table.print(out, TextTable.Format.table);
            out.println(CliText.get("areasCommand.chonDonViCua"));
            return 0;
        }
    }

    @Command(name = "use")
    static final class Use extends StoreCommand {
        @Parameters(paramLabel = "CODE", descriptionKey = "areasCommand.parameter2")
        String code;

        @Option(names = "--body", paramLabel = "TEXT", descriptionKey = "areasCommand.body")
        String body;

        @Option(names = "--province-above", arity = "1", paramLabel = "true|false",
                descriptionKey = "areasCommand.provinceAbove")
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
            out.println(CliText.get("areasCommand.donViCuaToi", capital(h.unitType().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " "
                    + h.unitName()), mine.area().code(), (h.provinceName() == null ? ""
                    : ", " + h.provinceType().toLowerCase(java.util.Locale.forLanguageTag("vi")) + " " + h.provinceName())));
            out.println(CliText.get("areasCommand.tieuDeVanBan"));
            for (String line : h.parentLines()) {
                out.println("    " + line);
            }
            for (String line : h.issuingLines()) {
                out.println(CliText.get("areasCommand.inDam", line));
            }
            out.println(CliText.get("areasCommand.diaDanhNgayThang", h.place()));
            out.println(CliText.get("areasCommand.noiNhan", String.join("; ", h.recipients())));
            return 0;
        }
    }

    @Command(name = "add")
    static final class Add extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "areasCommand.parameter0")
        String code;

        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "areasCommand.parameter1")
        String name;

        @Option(names = "--level", required = true, paramLabel = "thon|xa|tinh", descriptionKey = "areasCommand.level")
        String level;

        @Option(names = "--parent", paramLabel = "CODE", descriptionKey = "areasCommand.parent")
        String parent;

        @Option(names = "--type", paramLabel = "TEXT", descriptionKey = "areasCommand.type")
        String type;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "areasCommand.from")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "areasCommand.to")
        LocalDate to;

        @Override
        protected int run(Database db, PrintWriter out) {
            AreaLevel l = level(level);
            Area a = db.inTransaction(c -> new AreaEditor(c).add(code, name, l, parent, type, from, to));
            out.println(CliText.get("areasCommand.daThemMa", (type == null ? a.level().label() : type), a.name(), a.code(), (a.parentCode() == null ? "" : CliText.get("areasCommand.thuoc", a.parentCode()))));
            return 0;
        }

        static AreaLevel level(String text) {
            return switch (VietnameseText.fold(text)) {
                case "thon", "ban", "to dan pho" -> AreaLevel.THON;
                case "xa", "phuong", "dac khu" -> AreaLevel.XA;
                case "huyen" -> AreaLevel.HUYEN;
                case "tinh", "thanh pho" -> AreaLevel.TINH;
                default -> throw new IllegalArgumentException(CliText.get("areasCommand.capDiaBanKhong", text));
            };
        }
    }

    @Command(name = "rename")
    static final class Rename extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "areasCommand.from2")
        LocalDate from;

        @Override
        protected int run(Database db, PrintWriter out) {
            LocalDate day = from == null ? LocalDate.now() : from;
            Area before = db.read(c -> new AreaRepository(c).find(code.strip()).orElse(null));
            Area a = db.inTransaction(c -> new AreaEditor(c).rename(code, name, day));
            out.println(before != null && before.name().equals(a.name()) ? CliText.get("areasCommand.tenDiaBanKhong", a.code())
                    : CliText.get("areasCommand.daDoiTenDia", a.code(), (before == null ? "" : before.name()), a.name()));
            return 0;
        }
    }

    @Command(name = "end")
    static final class End extends StoreCommand {
        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "areasCommand.on")
        LocalDate on;

        @Override
        protected int run(Database db, PrintWriter out) {
            Area a = db.inTransaction(c -> new AreaEditor(c).end(code, on));
            out.println(CliText.get("areasCommand.diaBanHieuLuc", a.code(), a.name(), a.validTo()));
            return 0;
        }
    }

    @Command(name = "merge")
    static final class Merge extends StoreCommand {
        @Parameters(paramLabel = "NEW", descriptionKey = "areasCommand.parameter3")
        String created;

        @Option(names = "--from", required = true, split = ",", paramLabel = "A,B[,C]", descriptionKey = "areasCommand.from3")
        List<String> from;

        @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "areasCommand.on2")
        LocalDate on;

        @Override
        protected int run(Database db, PrintWriter out) {
            List<Area> former = db.inTransaction(c -> new AreaEditor(c).merge(created, from, on));
            out.println(CliText.get("areasCommand.daGhiHinhThanh", created.strip(), on, String.join(", ", former.stream().map(a -> a.name() + " (" + a.code() + ")").toList()), created.strip()));
            return 0;
        }
    }

    @Command(name = "update-list")
    static final class UpdateList extends StoreCommand {
        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Override
        protected int run(Database db, PrintWriter out) {
            OfficialListUpdate.Summary s = OfficialListUpdate.apply(db, file, LocalDate.now());
            out.println(CliText.get("areasCommand.daCapNhatDanh", s.total(), s.added(), s.removed(), s.renamed().size()));
            s.renamed().forEach(r -> out.println("  " + r));
            for (String r : s.areasRenamed()) {
                out.println(CliText.get("areasCommand.diaBanDoiTheo", r));
            }
            for (String m : s.missingInUse()) {
                out.println(CliText.get("areasCommand.luuYDiaBan", m));
            }
            return 0;
        }
    }

    static String capital(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + text.substring(1);
    }
}
