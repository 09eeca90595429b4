package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.BandCount;
import vn.baocao.domain.BandGroup;
import vn.baocao.domain.CeilingPercentMode;
import vn.baocao.domain.DerivedFigure;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.FigureText;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;

/** {@code assess}: one row per indicator with percent of plan, band, change and mismatch flags. */
@Command(name = "assess", description = "Đánh giá thực hiện so với kế hoạch và cùng kỳ năm trước.")
final class AssessCommand extends StoreCommand {
    @Mixin
    AreaPeriodOptions where;

    @Option(names = "--issuer", defaultValue = "NQ_HDND",
            description = "Kế hoạch dùng để đánh giá: NQ_HDND (mặc định), HUYEN_GIAO, TINH_GIAO, UBND_GIAO, …")
    String issuer;

    @Option(names = "--format", defaultValue = "table", description = "table hoặc csv (mặc định: ${DEFAULT-VALUE}).")
    TextTable.Format format;

    @Option(names = "--rounding", defaultValue = "HALF_UP", description = "HALF_UP (làm tròn, mặc định) hoặc TRUNCATE (cắt bỏ).")
    RoundingPolicy rounding;

    @Option(names = "--ceiling", defaultValue = "HUNDRED_WHEN_MET",
            description = "Chỉ tiêu càng thấp càng tốt khi đạt: HUNDRED_WHEN_MET (ghi 100%%, mặc định) hoặc PLAN_OVER_ACTUAL.")
    CeilingPercentMode ceiling;

    @Option(names = "--legacy-percent-change", description = "Ghi thay đổi của tỷ lệ bằng \"%%\" thay cho \"điểm %%\".")
    boolean legacyChange;

    @Override
    protected int run(Database db, PrintWriter out) {
        AssessmentOptions options = AssessmentOptions.defaults().withRounding(rounding).withCeilingMode(ceiling)
                .withChangeWording(legacyChange ? ChangeWording.LEGACY_PERCENT : ChangeWording.POINTS);
        Issuer by = Issuer.parse(issuer);
        AssessmentService.Result result = new AssessmentService(db).assess(where.area(db), where.period(), by, options);
        TextTable table = new TextTable("Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá", "Nhóm",
                "Cùng kỳ", "So cùng kỳ", "Cảnh báo").alignRight(3, 4, 5, 8);
        for (IndicatorEvaluation row : result.rows()) {
            table.add(row.indicator().code(), row.indicator().name(), row.indicator().unit(), targetText(row),
                    row.actual() == null ? "" : ValuesCommand.ValueText.of(row.actual(), row.indicator()),
                    row.assessment() == null ? "" : row.assessment().percentText(options),
                    row.assessment() == null ? otherIssuers(row) : row.assessment().verdict().label(),
                    row.band() == null ? "" : row.band().label(),
                    previousText(row),
                    row.change() == null ? "" : row.change().describe(options, row.indicator().unit(), row.indicator().decimals()),
                    row.flags().stream().map(MismatchFlag::message).collect(Collectors.joining(" | ")));
        }
        table.print(out, format);
        if (format == TextTable.Format.table) {
            printDerived(out, result);
            printSummary(out, result, options);
        }
        return 0;
    }

    /** Last year's figure; "*" marks one aggregated from the former units of a merged unit. */
    private static String previousText(IndicatorEvaluation row) {
        if (row.previous() == null) {
            return "";
        }
        String text = row.previous().value() == null && row.previous().textAsWritten() != null ? row.previous().textAsWritten()
                : ValuesCommand.ValueText.of(row.previous(), row.indicator());
        return DerivedFigure.isDerived(row.previous()) ? text + " *" : text;
    }

    private static void printDerived(PrintWriter out, AssessmentService.Result result) {
        for (DerivedFigure d : result.derived()) {
            String code = d.indicator().code();
            if (d.derived()) {
                out.println("* " + code + ": " + d.figure().note() + ".");
            } else if (d.differs()) {
                out.println("Cần xem: " + code + ": số " + d.period().label() + " nhập trực tiếp là "
                        + ValuesCommand.ValueText.of(d.own(), d.indicator()) + ", khác số tổng hợp từ "
                        + String.join(", ", d.formerNames()) + " trước sắp xếp ("
                        + ValuesCommand.ValueText.of(d.sum().value(), "", d.indicator()) + "); dùng số nhập trực tiếp.");
            } else if (d.own() == null) {
                out.println("Lưu ý: " + code + ": không tổng hợp được số " + d.period().label()
                        + " từ các đơn vị trước sắp xếp: " + d.sum().message());
            }
        }
    }

    private static String targetText(IndicatorEvaluation row) {
        return FigureText.of(row.target(), row.indicator());
    }

    private static String otherIssuers(IndicatorEvaluation row) {
        if (row.targets().isEmpty()) {
            return "";
        }
        return "(có KH: " + row.targets().stream().map(t -> t.issuer().label()).collect(Collectors.joining(", ")) + ")";
    }

    private static void printSummary(PrintWriter out, AssessmentService.Result result, AssessmentOptions options) {
        List<IndicatorEvaluation> assigned = result.assigned();
        out.println();
        out.println(result.area().level().label() + " " + result.area().name() + ", " + result.period().label() + ", kế hoạch: "
                + result.issuer().label() + ".");
        if (assigned.isEmpty()) {
            out.println("Không có chỉ tiêu nào có kế hoạch của " + result.issuer().label() + ".");
            return;
        }
        BandCount<IndicatorEvaluation> count = options.bandScheme().count(assigned, IndicatorEvaluation::assessment);
        out.println("Tổng số chỉ tiêu giao: " + assigned.size() + ".");
        for (BandGroup<IndicatorEvaluation> g : count.nonEmptyGroups()) {
            out.println("- " + g.countText("chỉ tiêu") + " " + g.band().label() + ", " + g.shareText(options.rounding()) + ": "
                    + g.members().stream().map(r -> r.indicator().code()).collect(Collectors.joining(", ")) + ".");
        }
        if (!count.unclassified().isEmpty()) {
            out.println("- Chưa xếp nhóm (thiếu số liệu hoặc không đánh giá): "
                    + count.unclassified().stream().map(r -> r.indicator().code()).collect(Collectors.joining(", ")) + ".");
        }
        long flagged = result.rows().stream().filter(r -> !r.flags().isEmpty()).count();
        if (flagged > 0) {
            out.println("Có " + flagged + " chỉ tiêu mà số ghi trong văn bản khác với số tính được (cột Cảnh báo).");
        }
    }
}
