package vn.baocao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.baocao.document.compose.BreakdownMode;
import vn.baocao.document.compose.FigureSource;
import vn.baocao.document.compose.ReportService;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.document.compose.ReportTemplates;
import vn.baocao.document.compose.ReviewItem;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.MismatchFlag;
import vn.baocao.domain.Period;
import vn.baocao.render.export.DocumentExport;
import vn.baocao.render.export.ExportException;
import vn.baocao.render.export.ExportTargets;
import vn.baocao.store.Database;
import vn.baocao.store.StoredReport;

/**
 * {@code report}: composes a report from the data and writes Word and/or PDF; {@code report list|show|copy|review|accept|templates}
 * work on stored reports.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.ListReports.class, ReportCommand.Show.class, ReportCommand.Copy.class,
                ReportCommand.Review.class, ReportCommand.Accept.class, ReportCommand.Templates.class})
final class ReportCommand extends StoreCommand {
    @Option(names = "--template", paramLabel = "MẪU", descriptionKey = "reportCommand.template")
    String template;

    @Option(names = "--area", paramLabel = "CODE", descriptionKey = "reportCommand.area")
    String area;

    @Option(names = "--period", paramLabel = "P", descriptionKey = "reportCommand.period")
    String period;

    @Option(names = "--id", paramLabel = "SỐ", descriptionKey = "reportCommand.id")
    Long id;

    @Option(names = "--issuer", defaultValue = "NQ_HDND", descriptionKey = "reportCommand.issuer")
    String issuer;

    @Option(names = "--indicators", split = ",", paramLabel = "MÃ", descriptionKey = "reportCommand.indicators")
    List<String> indicators;

    @Option(names = "--docx", paramLabel = "TỆP.docx", descriptionKey = "reportCommand.docx")
    Path docx;

    @Option(names = "--pdf", paramLabel = "TỆP.pdf", descriptionKey = "reportCommand.pdf")
    Path pdf;

    @Option(names = "--save", descriptionKey = "reportCommand.save")
    boolean save;

    @Option(names = "--number", paramLabel = "SỐ", descriptionKey = "reportCommand.number")
    Integer number;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "reportCommand.date")
    LocalDate date;

    @Option(names = "--signer", paramLabel = "HỌ_TÊN", descriptionKey = "reportCommand.signer")
    String signer;

    @Option(names = "--sum-communes", descriptionKey = "reportCommand.sumCommunes")
    boolean sumCommunes;

    @Option(names = "--no-commune-footnotes", descriptionKey = "reportCommand.noCommuneFootnotes")
    boolean noFootnotes;

    @Option(names = "--legacy-percent-change", descriptionKey = "reportCommand.legacyPercentChange")
    boolean legacyChange;

    @picocli.CommandLine.Mixin
    ReportSigning signing;

    @Option(names = "--strict", descriptionKey = "reportCommand.strict")
    boolean strict;

    @Option(names = "--pro-rata", descriptionKey = "reportCommand.proRata")
    boolean proRata;

    @Option(names = "--can-cu", paramLabel = "VĂN_BẢN", descriptionKey = "reportCommand.canCu")
    List<String> citations;

    @Option(names = "--kinh-gui", paramLabel = "CƠ_QUAN", descriptionKey = "reportCommand.kinhGui")
    List<String> addressees;

    @Option(names = "--noi-nhan", paramLabel = "DÒNG", descriptionKey = "reportCommand.noiNhanOption")
    List<String> recipients;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (docx == null && pdf == null && !save) {
            err.println(CliText.get("reportCommand.loiHayChonIt"));
            return 2;
        }
        ReportService service = new ReportService(db);
        StoredReport report;
        if (id != null) {
            report = service.require(id);
        } else {
            if (template == null || area == null || period == null) {
                err.println(CliText.get("reportCommand.loiCanTemplateArea"));
                return 2;
            }
            report = service.draft(template, area, Period.parse(period), Issuer.parse(issuer), indicators, null);
        }
        ReportSettings settings = ReportSettings.fromJson(report.settingsJson())
                .withChoices(legacyChange ? ChangeWording.LEGACY_PERCENT : null, noFootnotes ? BreakdownMode.NONE : null,
                        sumCommunes ? FigureSource.COMMUNE_SUM : null);
        if (number != null || date != null) {
            settings = settings.withNumberAndDate(number != null ? number : settings.number(),
                    date != null ? date : settings.issueDate());
        }
        if (signer != null) {
            settings = settings.withSigner(signer);
        }
        if (proRata) {
            settings = settings.withProRata(true);
        }
        if (citations != null && !citations.isEmpty()) {
            settings = settings.withCitations(citations);
        }
        settings = settings.withAddressees(addressees).withRecipients(recipients);
        report = report.withSettings(settings.toJson());
        if (save) {
            report = service.save(report);
            out.println(CliText.get("reportCommand.daLuuBaoCao", report.id(), report.name()));
        }
        StoredReport chosen = report;
        DocumentExport.Check review = composed -> {
            printReview(out, composed.review(), chosen.id());
            if (strict && !composed.openWarnings().isEmpty()) {
                throw ExportException.refused(CliText.get("reportCommand.conCanhBaoSo", composed.openWarnings().size(), (chosen.id() == 0 ? CliText.get("reportCommand.so") : chosen.id())));
            }
        };
        try {
            if (docx == null && pdf == null && !signing.sign) {
                review.check(service.compose(chosen));
                return 0;
            }
            signing.write(db, pdf, settings, out, target -> new DocumentExport().export(() -> service.compose(chosen),
                    new ExportTargets(docx, target), review, DocumentExport.Progress.NONE));
        } catch (ExportException e) {
            err.println(CliText.get("reportCommand.loi", e.getMessage()));
            return 1;
        }
        printWritten(out, docx, pdf);
        return 0;
    }

    /** The lines that say which files were written. */
    static void printWritten(PrintWriter out, Path docx, Path pdf) {
        if (docx != null) {
            out.println(CliText.get("reportCommand.daGhiTepWord", docx));
        }
        if (pdf != null) {
            out.println(CliText.get("reportCommand.daGhiTepPdf", pdf));
        }
    }

    static void printReview(PrintWriter out, List<ReviewItem> review, long id) {
        if (review.isEmpty()) {
            out.println(CliText.get("reportCommand.kiemTraSoLieu"));
            return;
        }
        long open = review.stream().filter(i -> !i.accepted()).count();
        out.println(CliText.get("reportCommand.kiemTraSoLieu2", review.size(), open));
        for (ReviewItem i : review) {
            out.println(CliText.get("reportCommand.ma", (i.accepted() ? CliText.get("reportCommand.daChapNhan") : i.severity() == MismatchFlag.Severity.WARNING ? CliText.get("reportCommand.canhBao") : CliText.get("reportCommand.thongTin")), i.message(), i.key()));
        }
    }

    /** {@code report list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListReports extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            List<StoredReport> all = new ReportService(db).list();
            if (all.isEmpty()) {
                out.println(CliText.get("reportCommand.chuaCoBaoCao"));
                return 0;
            }
            TextTable table = new TextTable(CliText.get("reportCommand.so2"), CliText.get("reportCommand.ten"), CliText.get("reportCommand.mau"), CliText.get("reportCommand.diaBan"), CliText.get("reportCommand.ky"), CliText.get("reportCommand.keHoach"), CliText.get("reportCommand.chiTieu"), CliText.get("reportCommand.capNhat")).alignRight(0, 6);
            for (StoredReport r : all) {
                table.add(String.valueOf(r.id()), r.name(), r.template(), r.areaCode(), r.period().code(),
                        r.issuer() == null ? "" : r.issuer().label(), String.valueOf(r.indicatorCodes().size()), r.updatedAt());
            }
            table.print(out, TextTable.Format.table);
            return 0;
        }
    }

    /** {@code report show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", descriptionKey = "reportCommand.parameter0")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            StoredReport r = new ReportService(db).require(id);
            ReportSettings s = ReportSettings.fromJson(r.settingsJson());
            out.println(CliText.get("reportCommand.baoCaoSo", r.id(), r.name()));
            out.println(CliText.get("reportCommand.mauDiaBanKy", r.template(), r.areaCode(), r.period().label(), (r.issuer() == null ? "" : r.issuer().label())));
            out.println(CliText.get("reportCommand.coQuanSoDia", String.join(" / ", s.issuingAgency()), (s.number() == null ? CliText.get("reportCommand.chuaCo") : s.number()), s.symbol(), s.place(), (s.date() == null ? CliText.get("reportCommand.chuaCo") : s.date())));
            if (s.signature() != null) {
                out.println(CliText.get("reportCommand.nguoiKy", String.join(" / ", s.signature().titleLines()), (s.signature().signerName() == null || s.signature().signerName().isBlank() ? CliText.get("reportCommand.chuaCo") : s.signature().signerName())));
            }
            out.println(CliText.get("reportCommand.noiNhan", String.join("; ", s.recipients())));
            out.println(CliText.get("reportCommand.chiTieu2", r.indicatorCodes().size(), String.join(", ", r.indicatorCodes())));
            out.println(CliText.get("reportCommand.mucKiemTraDa", (s.accepted().isEmpty() ? CliText.get("reportCommand.khongCo") : String.join(", ", s.accepted()))));
            return 0;
        }
    }

    /** {@code report copy ID}. */
    @Command(name = "copy", mixinStandardHelpOptions = true)
    static final class Copy extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", descriptionKey = "reportCommand.parameter02")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            StoredReport copy = new ReportService(db).copyToNextPeriod(id);
            out.println(CliText.get("reportCommand.daTaoBaoCao", copy.id(), copy.period().label(), copy.name()));
            return 0;
        }
    }

    /** {@code report review ID}. */
    @Command(name = "review", mixinStandardHelpOptions = true)
    static final class Review extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", descriptionKey = "reportCommand.parameter03")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            printReview(out, new ReportService(db).compose(id).review(), id);
            return 0;
        }
    }

    /** {@code report accept ID KEY… | --all}. */
    @Command(name = "accept", mixinStandardHelpOptions = true)
    static final class Accept extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", descriptionKey = "reportCommand.parameter03")
        long id;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "MÃ", descriptionKey = "reportCommand.parameter1")
        List<String> keys = new ArrayList<>();

        @Option(names = "--all", descriptionKey = "reportCommand.all")
        boolean all;

        @Override
        protected int run(Database db, PrintWriter out) {
            ReportService service = new ReportService(db);
            List<String> chosen = all ? service.compose(id).review().stream().map(ReviewItem::key).toList() : keys;
            if (chosen.isEmpty()) {
                spec.commandLine().getErr().println(CliText.get("reportCommand.loiHayNeuMa"));
                return 2;
            }
            service.accept(id, chosen);
            out.println(CliText.get("reportCommand.daChapNhanMuc", chosen.size(), id));
            return 0;
        }
    }

    /** {@code report templates}. */
    @Command(name = "templates", mixinStandardHelpOptions = true)
    static final class Templates implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (Map.Entry<String, String> e : ReportTemplates.shipped().entrySet()) {
                spec.commandLine().getOut().println(e.getKey() + "  " + e.getValue());
            }
            return 0;
        }
    }
}
