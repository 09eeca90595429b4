package vn.baocao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.domain.Area;
import vn.baocao.domain.FigureText;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.NumberParseResult;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.ParsedNumber;
import vn.baocao.domain.ValueSanity;
import vn.baocao.domain.Period;
import vn.baocao.domain.VietnameseNumbers;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.WriteResult;

/** {@code values list} and {@code values set}. */
@Command(name = "values", description = "Xem và nhập số liệu.", subcommands = {ValuesCommand.ListValues.class, ValuesCommand.SetValue.class})
final class ValuesCommand extends GroupCommand {

    @Command(name = "list", description = "Liệt kê số liệu của một địa bàn trong một kỳ.")
    static final class ListValues extends StoreCommand {
        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--format", defaultValue = "table", description = "table hoặc csv (mặc định: ${DEFAULT-VALUE}).")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            Period period = where.period();
            String areaCode = where.area(db);
            Area area = db.read(c -> new AreaRepository(c).require(areaCode));
            Map<String, Indicator> indicators = db.read(c -> new CatalogRepository(c).indicators()).stream()
                    .collect(Collectors.toMap(Indicator::code, Function.identity()));
            List<Observation> values = db.read(c -> new ObservationRepository(c).find(List.of(area.code()), List.of(period)));
            TextTable table = new TextTable("Mã", "Chỉ tiêu", "ĐVT", "Loại", "Giá trị", "Ghi trong văn bản", "Ghi chú")
                    .alignRight(4);
            for (Observation o : values) {
                Indicator i = indicators.get(o.indicatorCode());
                table.add(o.indicatorCode(), i == null ? "" : i.name(), i == null ? "" : i.unit(), o.kind().label(),
                        ValueText.of(o, i), o.textAsWritten(), o.note());
            }
            table.print(out, format);
            if (values.isEmpty()) {
                out.println("Chưa có số liệu của " + area.name() + " trong " + period.label() + ".");
            }
            return 0;
        }
    }

    @Command(name = "set", description = "Nhập hoặc sửa một số liệu (viết kiểu Việt Nam: 2.278; 8.599,376; trên 33,5).")
    static final class SetValue extends StoreCommand {
        @Parameters(index = "0", paramLabel = "INDICATOR", description = "Mã chỉ tiêu, ví dụ LD01.")
        String indicator;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Giá trị, ví dụ \"2.278\" hoặc \"57%%\" hoặc \"trên 33,5\".")
        String value;

        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--kind", defaultValue = "THUC_HIEN", description = "THUC_HIEN (mặc định), UOC, SO_BO hoặc CHINH_THUC.")
        String kind;

        @Option(names = "--note", description = "Ghi chú.")
        String note;

        @Override
        protected int run(Database db, PrintWriter out) {
            ParsedNumber number = parseValue(value);
            Period period = where.period();
            String areaCode = where.area(db);
            ObservationKind obsKind = ObservationKind.parse(kind);
            String[] warning = new String[1];
            WriteResult result = db.inTransaction(c -> {
                Indicator i = new CatalogRepository(c).require(indicator);
                warning[0] = ValueSanity.check(i, number.value()).warning();
                Area area = new AreaRepository(c).require(areaCode);
                return new ObservationRepository(c).save(new Observation(i.code(), area.code(), period, obsKind,
                        number.value(), number.qualifier(), null, null, value.strip(), null, null, note, "nhập tay (dòng lệnh)"), null);
            });
            out.println(switch (result) {
                case INSERTED -> "Đã thêm số liệu " + indicator + " = " + value.strip() + ".";
                case UPDATED -> "Đã sửa số liệu " + indicator + " = " + value.strip() + ".";
                default -> "Số liệu " + indicator + " không đổi.";
            });
            if (warning[0] != null) {
                out.println("Lưu ý: " + warning[0] + ".");
            }
            return 0;
        }
    }

    /** Reads a typed figure; ambiguous or invalid text is refused with the parser's message. */
    static ParsedNumber parseValue(String text) {
        NumberParseResult r = VietnameseNumbers.parse(text);
        if (!r.isOk()) {
            throw new CliException("Giá trị \"" + text + "\" không dùng được: " + r.message());
        }
        return r.number();
    }

    /** A stored figure as the grid shows it, with its qualifier and "%" for rates. */
    static final class ValueText {
        private ValueText() {
        }

        static String of(Observation o, Indicator i) {
            return of(o.value(), o.qualifier().word(), i);
        }

        static String of(BigDecimal value, String qualifier, Indicator i) {
            if (value == null) {
                return "";
            }
            String unit = i != null && i.unit().startsWith("%") ? "%" : "";
            return (qualifier.isEmpty() ? "" : qualifier + " ") + FigureText.number(value, i) + unit;
        }
    }
}
