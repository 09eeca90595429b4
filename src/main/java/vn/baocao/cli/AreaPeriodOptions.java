package vn.baocao.cli;

import picocli.CommandLine.Option;
import vn.baocao.domain.Period;

/** The --area and --period options shared by the data commands. */
final class AreaPeriodOptions {
    @Option(names = "--area", required = true, paramLabel = "CODE", description = "Mã địa bàn (xem: baocao areas list), hoặc tên nếu không trùng.")
    String area;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Kỳ báo cáo: " + Period.SYNTAX + ".")
    String period;

    Period period() {
        return Period.parse(period);
    }
}
