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
@Command(name = "values", subcommands = {ValuesCommand.ListValues.class, ValuesCommand.SetValue.class})
final class ValuesCommand extends GroupCommand {

    @Command(name = "list")
    static final class ListValues extends StoreCommand {
        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--format", defaultValue = "table", descriptionKey = "valuesCommand.format")
        TextTable.Format format;

        @Override
        protected int run(Database db, PrintWriter out) {
            Period period = where.period();
            String areaCode = where.area(db);
            Area area = db.read(c -> new AreaRepository(c).require(areaCode));
            Map<String, Indicator> indicators = db.read(c -> new CatalogRepository(c).indicators()).stream()
                    .collect(Collectors.toMap(Indicator::code, Function.identity()));
            List<Observation> values = db.read(c -> new ObservationRepository(c).find(List.of(area.code()), List.of(period)));
            TextTable table = new TextTable(CliText.get("valuesCommand.ma"), CliText.get("valuesCommand.chiTieu"), CliText.get("valuesCommand.dvt"), CliText.get("valuesCommand.loai"), CliText.get("valuesCommand.giaTri"), CliText.get("valuesCommand.ghiTrongVanBan"), CliText.get("valuesCommand.ghiChu"))
                    .alignRight(4);
            for (Observation o : values) {
                Indicator i = indicators.get(o.indicatorCode());
                table.add(o.indicatorCode(), i == null ? "" : i.name(), i == null ? "" : i.unit(), o.kind().label(),
                        ValueText.of(o, i), o.textAsWritten(), o.note());
            }
            table.print(out, format);
            if (values.isEmpty()) {
                out.println(CliText.get("valuesCommand.chuaCoSoLieu", area.name(), period.label()));
            }
            return 0;
        }
    }

    @Command(name = "set")
    static final class SetValue extends StoreCommand {
        @Parameters(index = "0", paramLabel = "INDICATOR", descriptionKey = "valuesCommand.parameter0")
        String indicator;

        @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "valuesCommand.parameter1")
        String value;

        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--kind", defaultValue = "THUC_HIEN", descriptionKey = "valuesCommand.kind")
        String kind;

        @Option(names = "--note", descriptionKey = "valuesCommand.note")
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
                        number.value(), number.qualifier(), null, null, value.strip(), null, null, note, CliText.get("valuesCommand.nhapTayDongLenh")), null);
            });
            out.println(switch (result) {
                case INSERTED -> CliText.get("valuesCommand.daThemSoLieu", indicator, value.strip());
                case UPDATED -> CliText.get("valuesCommand.daSuaSoLieu", indicator, value.strip());
                default -> CliText.get("valuesCommand.soLieuKhongDoi", indicator);
            });
            if (warning[0] != null) {
                out.println(CliText.get("valuesCommand.luuY", warning[0]));
            }
            return 0;
        }
    }

    /** Reads a typed figure; ambiguous or invalid text is refused with the parser's message. */
    static ParsedNumber parseValue(String text) {
        NumberParseResult r = VietnameseNumbers.parse(text);
        if (!r.isOk()) {
            throw new CliException(CliText.get("valuesCommand.giaTriKhongDung", text, r.message()));
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
