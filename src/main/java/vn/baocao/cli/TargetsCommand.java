package vn.baocao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.domain.Area;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.SourceDocument;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.SourceDocumentRepository;
import vn.baocao.store.TargetRepository;
import vn.baocao.store.WriteResult;

/** {@code targets set}: a plan target from one issuer. */
@Command(name = "targets", subcommands = TargetsCommand.SetTarget.class)
final class TargetsCommand extends GroupCommand {

    @Command(name = "set")
    static final class SetTarget extends StoreCommand {
        @Parameters(index = "0", paramLabel = "INDICATOR", descriptionKey = "targetsCommand.parameter0")
        String indicator;

        @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE",
                descriptionKey = "targetsCommand.parameter1")
        String value;

        @Mixin
        AreaPeriodOptions where;

        @Option(names = "--issuer", defaultValue = "NQ_HDND",
                descriptionKey = "targetsCommand.issuer")
        String issuer;

        @Option(names = "--comparator", defaultValue = "GE",
                descriptionKey = "targetsCommand.comparator")
        String comparator;

        @Option(names = "--high", paramLabel = "VALUE", descriptionKey = "targetsCommand.high")
        String high;

        @Option(names = "--source-doc", paramLabel = "TEXT", descriptionKey = "targetsCommand.sourceDoc")
        String sourceDoc;

        @Override
        protected int run(Database db, PrintWriter out) {
            Comparator form = Comparator.parse(comparator);
            BigDecimal low = value == null ? null : ValuesCommand.parseValue(value).value();
            BigDecimal hi = high == null ? null : ValuesCommand.parseValue(high).value();
            Issuer by = Issuer.parse(issuer);
            Period period = where.period();
            String areaCode = where.area(db);
            SourceDocument document = sourceDoc == null ? null : SourceDocument.parse(sourceDoc);
            WriteResult result = db.inTransaction(c -> {
                Indicator i = new CatalogRepository(c).require(indicator);
                Area area = new AreaRepository(c).require(areaCode);
                WriteResult r = new TargetRepository(c).save(new Target(i.code(), area.code(), period, by, form, low, hi,
                        value == null ? null : value.strip()), null);
                if (document != null && !new SourceDocumentRepository(c).link(i.code(), area.code(), period, by, document)) {
                    throw new CliException(CliText.get("targetsCommand.khongGhiDuocVan", i.code()));
                }
                return r;
            });
            out.println(result == WriteResult.UNCHANGED ? CliText.get("targetsCommand.keHoachKhongDoi", indicator)
                    : CliText.get("targetsCommand.daLuuKeHoach", indicator, by.label(), form.symbol(), (value == null ? "" : value.strip())));
            if (document != null) {
                out.println(CliText.get("targetsCommand.vanBanGiao", document.shortName(), (document.issuer() == null ? "" : CliText.get("targetsCommand.cua", document.issuer()))));
            }
            return 0;
        }
    }
}
