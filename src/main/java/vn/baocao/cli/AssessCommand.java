package vn.baocao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.baocao.document.compose.FigureSource;
import vn.baocao.document.compose.ReportData;
import vn.baocao.document.compose.ReportDataLoader;
import vn.baocao.document.compose.ReportRequest;
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
import vn.baocao.store.Database;

/** {@code assess}: one row per indicator with percent of plan, band, change and mismatch flags. */
@Command(name = "assess")
final class AssessCommand extends StoreCommand {
    @Mixin
    AreaPeriodOptions where;

    @Option(names = "--issuer", defaultValue = "NQ_HDND",
            descriptionKey = "assessCommand.issuer")
    String issuer;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "assessCommand.format")
    TextTable.Format format;

    @Option(names = "--rounding", defaultValue = "HALF_UP", descriptionKey = "assessCommand.rounding")
    RoundingPolicy rounding;

    @Option(names = "--ceiling", defaultValue = "HUNDRED_WHEN_MET",
            descriptionKey = "assessCommand.ceiling")
    CeilingPercentMode ceiling;

    @Option(names = "--legacy-percent-change", descriptionKey = "assessCommand.legacyPercentChange")
    boolean legacyChange;

    @Override
    protected int run(Database db, PrintWriter out) {
        AssessmentOptions options = AssessmentOptions.defaults().withRounding(rounding).withCeilingMode(ceiling)
                .withChangeWording(legacyChange ? ChangeWording.LEGACY_PERCENT : ChangeWording.POINTS);
        Issuer by = Issuer.parse(issuer);
        // The figures a document of this area and period uses: a 9 tháng summed up from its months, a span across a
        // merger from the former communes, a district from its communes where it has no figure of its own.
        ReportData result = new ReportDataLoader(db).load(new ReportRequest(where.area(db), where.period(), by, options,
                List.of(), FigureSource.OWN_FIGURES));
        TextTable table = new TextTable(CliText.get("assessCommand.ma"), CliText.get("assessCommand.chiTieu2"), CliText.get("assessCommand.dvt"), CliText.get("assessCommand.keHoach"), CliText.get("assessCommand.thucHien"), "% KH", CliText.get("assessCommand.danhGia"), CliText.get("assessCommand.nhom"),
                CliText.get("assessCommand.cungKy"), CliText.get("assessCommand.soCungKy"), CliText.get("assessCommand.canhBao")).alignRight(3, 4, 5, 8);
        for (IndicatorEvaluation row : result.all().values()) {
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

    private static void printDerived(PrintWriter out, ReportData result) {
        result.spanNotes().forEach((code, note) -> out.println("* " + code + ": " + note));
        for (DerivedFigure d : result.derived()) {
            String code = d.indicator().code();
            if (d.derived()) {
                out.println("* " + code + ": " + d.figure().note() + ".");
            } else if (d.differs()) {
                out.println(CliText.get("assessCommand.canXemSoNhap", code, d.period().label(), ValuesCommand.ValueText.of(d.own(), d.indicator()), String.join(", ", d.formerNames()), ValuesCommand.ValueText.of(d.sum().value(), "", d.indicator())));
            } else if (d.own() == null) {
                out.println(CliText.get("assessCommand.luuYKhongTong", code, d.period().label(), d.sum().message()));
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
        return CliText.get("assessCommand.coKh", row.targets().stream().map(t -> t.issuer().label()).collect(Collectors.joining(", ")));
    }

    private static void printSummary(PrintWriter out, ReportData result, AssessmentOptions options) {
        List<IndicatorEvaluation> assigned = result.assigned();
        out.println();
        out.println(CliText.get("assessCommand.keHoach2", result.area().level().label(), result.area().name(), result.period().label(), result.issuer().label()));
        if (assigned.isEmpty()) {
            out.println(CliText.get("assessCommand.khongCoChiTieu", result.issuer().label()));
            return;
        }
        BandCount<IndicatorEvaluation> count = options.bandScheme().count(assigned, IndicatorEvaluation::assessment);
        out.println(CliText.get("assessCommand.tongSoChiTieu", assigned.size()));
        for (BandGroup<IndicatorEvaluation> g : count.nonEmptyGroups()) {
            out.println("- " + g.countText(CliText.get("assessCommand.chiTieu")) + " " + g.band().label() + ", " + g.shareText(options.rounding()) + ": "
                    + g.members().stream().map(r -> r.indicator().code()).collect(Collectors.joining(", ")) + ".");
        }
        if (!count.unclassified().isEmpty()) {
            out.println(CliText.get("assessCommand.chuaXepNhomThieu", count.unclassified().stream().map(r -> r.indicator().code()).collect(Collectors.joining(", "))));
        }
        long flagged = result.all().values().stream().filter(r -> !r.flags().isEmpty()).count();
        if (flagged > 0) {
            out.println(CliText.get("assessCommand.coChiTieuMa", flagged));
        }
    }
}
