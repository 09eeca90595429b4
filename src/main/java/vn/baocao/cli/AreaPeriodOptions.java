package vn.baocao.cli;

import picocli.CommandLine.Option;
import vn.baocao.domain.Period;
import vn.baocao.store.Database;
import vn.baocao.store.UnitChoice;

/** The --area and --period options shared by the data commands; --area defaults to the clerk's own unit. */
final class AreaPeriodOptions {
    @Option(names = "--area", paramLabel = "CODE",
            descriptionKey = "areaPeriodOptions.area")
    String area;

    @Option(names = "--period", required = true, paramLabel = "P", descriptionKey = "areaPeriodOptions.period")
    String period;

    Period period() {
        return Period.parse(period);
    }

    /** The area asked for, else the unit chosen with {@code areas use}; neither is a Vietnamese refusal. */
    String area(Database db) {
        if (area != null) {
            return area;
        }
        return db.read(c -> new UnitChoice(c).current()).map(mine -> mine.area().code())
                .orElseThrow(() -> new CliException(CliText.get("areaPeriodOptions.canAreaChuaChon")));
    }
}
