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
        description = "Lập báo cáo từ số liệu theo mẫu và xuất ra Word (.docx) và/hoặc PDF.",
        subcommands = {ReportCommand.ListReports.class, ReportCommand.Show.class, ReportCommand.Copy.class,
                ReportCommand.Review.class, ReportCommand.Accept.class, ReportCommand.Templates.class})
final class ReportCommand extends StoreCommand {
    @Option(names = "--template", paramLabel = "MẪU", description = "Mẫu văn bản: bao-cao-nam, bao-cao-9-thang, bao-cao-6-thang, "
            + "bao-cao-quy, bao-cao-thang, ke-hoach, thong-bao, cong-van, hoặc đường dẫn tệp mẫu .json.")
    String template;

    @Option(names = "--area", paramLabel = "CODE", description = "Mã địa bàn (xem: baocao areas list).")
    String area;

    @Option(names = "--period", paramLabel = "P", description = "Kỳ báo cáo: " + Period.SYNTAX + ".")
    String period;

    @Option(names = "--id", paramLabel = "SỐ", description = "Xuất một báo cáo đã lưu (xem: baocao report list) thay cho --template/--area/--period.")
    Long id;

    @Option(names = "--issuer", defaultValue = "NQ_HDND", description = "Kế hoạch dùng để đánh giá: NQ_HDND (mặc định), HUYEN_GIAO, TINH_GIAO, UBND_GIAO, …")
    String issuer;

    @Option(names = "--indicators", split = ",", paramLabel = "MÃ", description = "Các chỉ tiêu đưa vào báo cáo, theo thứ tự (mặc định: các chỉ tiêu có kế hoạch của cơ quan giao).")
    List<String> indicators;

    @Option(names = "--docx", paramLabel = "TỆP.docx", description = "Ghi ra tệp Word.")
    Path docx;

    @Option(names = "--pdf", paramLabel = "TỆP.pdf", description = "Ghi ra tệp PDF.")
    Path pdf;

    @Option(names = "--save", description = "Lưu báo cáo vào cơ sở dữ liệu (để kỳ sau sao chép).")
    boolean save;

    @Option(names = "--number", paramLabel = "SỐ", description = "Số văn bản (bỏ trống khi là dự thảo).")
    Integer number;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày ban hành (bỏ trống khi là dự thảo).")
    LocalDate date;

    @Option(names = "--signer", paramLabel = "HỌ_TÊN", description = "Họ tên người ký.")
    String signer;

    @Option(names = "--sum-communes", description = "Báo cáo cấp huyện lấy số liệu bằng tổng các xã (mặc định: số của huyện, thiếu thì lấy tổng các xã).")
    boolean sumCommunes;

    @Option(names = "--no-commune-footnotes", description = "Không ghi chú thích số liệu theo từng xã.")
    boolean noFootnotes;

    @Option(names = "--legacy-percent-change", description = "Ghi thay đổi của tỷ lệ bằng \"%%\" thay cho \"điểm %%\".")
    boolean legacyChange;

    @picocli.CommandLine.Mixin
    ReportSigning signing;

    @Option(names = "--strict", description = "Không xuất khi còn cảnh báo số liệu chưa được chấp nhận.")
    boolean strict;

    @Option(names = "--pro-rata", description = "Báo cáo tháng, quý, 6 tháng, 9 tháng: so chỉ tiêu cộng dồn (số lao động, lượt khách …) "
            + "với kế hoạch năm chia theo số tháng (kế hoạch theo tiến độ). Mặc định: so với cả kế hoạch năm.")
    boolean proRata;

    @Option(names = "--can-cu", paramLabel = "VĂN_BẢN", description = "Văn bản căn cứ ghi ở đầu báo cáo, ví dụ \"Nghị quyết số 58/NQ-HĐND "
            + "ngày 23/12/2022 của Hội đồng nhân dân huyện …\" (lặp lại cho nhiều văn bản). Mặc định: văn bản nguồn của các chỉ tiêu.")
    List<String> citations;

    @Override
    protected int run(Database db, PrintWriter out) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (docx == null && pdf == null && !save) {
            err.println("Lỗi: hãy chọn ít nhất một tệp đầu ra (--docx TỆP.docx, --pdf TỆP.pdf) hoặc --save.");
            return 2;
        }
        ReportService service = new ReportService(db);
        StoredReport report;
        if (id != null) {
            report = service.require(id);
        } else {
            if (template == null || area == null || period == null) {
                err.println("Lỗi: cần --template, --area và --period (hoặc --id của một báo cáo đã lưu).");
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
        report = report.withSettings(settings.toJson());
        if (save) {
            report = service.save(report);
            out.println("Đã lưu báo cáo số " + report.id() + ": " + report.name());
        }
        StoredReport chosen = report;
        DocumentExport.Check review = composed -> {
            printReview(out, composed.review(), chosen.id());
            if (strict && !composed.openWarnings().isEmpty()) {
                throw ExportException.refused("còn " + composed.openWarnings().size()
                        + " cảnh báo số liệu chưa được chấp nhận; chưa xuất tệp (sửa số liệu, hoặc: baocao report accept "
                        + (chosen.id() == 0 ? "SỐ" : chosen.id()) + " --all).");
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
            err.println("Lỗi: " + e.getMessage());
            return 1;
        }
        printWritten(out, docx, pdf);
        return 0;
    }

    /** The lines that say which files were written. */
    static void printWritten(PrintWriter out, Path docx, Path pdf) {
        if (docx != null) {
            out.println("Đã ghi tệp Word: " + docx);
        }
        if (pdf != null) {
            out.println("Đã ghi tệp PDF: " + pdf);
        }
    }

    static void printReview(PrintWriter out, List<ReviewItem> review, long id) {
        if (review.isEmpty()) {
            out.println("Kiểm tra số liệu: không có vấn đề.");
            return;
        }
        long open = review.stream().filter(i -> !i.accepted()).count();
        out.println("Kiểm tra số liệu trước khi xuất (" + review.size() + " mục, " + open + " chưa chấp nhận):");
        for (ReviewItem i : review) {
            out.println((i.accepted() ? "  [đã chấp nhận] " : i.severity() == MismatchFlag.Severity.WARNING ? "  [cảnh báo] " : "  [thông tin] ")
                    + i.message() + "  (mã: " + i.key() + ")");
        }
    }

    /** {@code report list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các báo cáo đã lưu.")
    static final class ListReports extends StoreCommand {
        @Override
        protected int run(Database db, PrintWriter out) {
            List<StoredReport> all = new ReportService(db).list();
            if (all.isEmpty()) {
                out.println("Chưa có báo cáo nào được lưu.");
                return 0;
            }
            TextTable table = new TextTable("Số", "Tên", "Mẫu", "Địa bàn", "Kỳ", "Kế hoạch", "Chỉ tiêu", "Cập nhật").alignRight(0, 6);
            for (StoredReport r : all) {
                table.add(String.valueOf(r.id()), r.name(), r.template(), r.areaCode(), r.period().code(),
                        r.issuer() == null ? "" : r.issuer().label(), String.valueOf(r.indicatorCodes().size()), r.updatedAt());
            }
            table.print(out, TextTable.Format.table);
            return 0;
        }
    }

    /** {@code report show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Xem thông tin một báo cáo đã lưu.")
    static final class Show extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", description = "Số của báo cáo (xem: baocao report list).")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            StoredReport r = new ReportService(db).require(id);
            ReportSettings s = ReportSettings.fromJson(r.settingsJson());
            out.println("Báo cáo số " + r.id() + ": " + r.name());
            out.println("Mẫu: " + r.template() + "; địa bàn: " + r.areaCode() + "; kỳ: " + r.period().label()
                    + "; kế hoạch: " + (r.issuer() == null ? "" : r.issuer().label()));
            out.println("Cơ quan: " + String.join(" / ", s.issuingAgency()) + "; số: "
                    + (s.number() == null ? "(chưa có)" : s.number()) + "/" + s.symbol() + "; địa danh: " + s.place()
                    + "; ngày: " + (s.date() == null ? "(chưa có)" : s.date()));
            if (s.signature() != null) {
                out.println("Người ký: " + String.join(" / ", s.signature().titleLines()) + " - "
                        + (s.signature().signerName() == null || s.signature().signerName().isBlank() ? "(chưa có)" : s.signature().signerName()));
            }
            out.println("Nơi nhận: " + String.join("; ", s.recipients()));
            out.println("Chỉ tiêu (" + r.indicatorCodes().size() + "): " + String.join(", ", r.indicatorCodes()));
            out.println("Mục kiểm tra đã chấp nhận: " + (s.accepted().isEmpty() ? "không có" : String.join(", ", s.accepted())));
            return 0;
        }
    }

    /** {@code report copy ID}. */
    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Sao chép báo cáo sang kỳ tiếp theo (giữ nội dung, chỉ tiêu, người ký; xóa số và ngày).")
    static final class Copy extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", description = "Số của báo cáo cần sao chép.")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            StoredReport copy = new ReportService(db).copyToNextPeriod(id);
            out.println("Đã tạo báo cáo số " + copy.id() + " cho " + copy.period().label() + ": " + copy.name());
            return 0;
        }
    }

    /** {@code report review ID}. */
    @Command(name = "review", mixinStandardHelpOptions = true, description = "Kiểm tra số liệu của một báo cáo đã lưu trước khi xuất.")
    static final class Review extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", description = "Số của báo cáo.")
        long id;

        @Override
        protected int run(Database db, PrintWriter out) {
            printReview(out, new ReportService(db).compose(id).review(), id);
            return 0;
        }
    }

    /** {@code report accept ID KEY… | --all}. */
    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Chấp nhận các mục kiểm tra số liệu (lưu cùng báo cáo).")
    static final class Accept extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SỐ", description = "Số của báo cáo.")
        long id;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "MÃ", description = "Mã các mục (xem: baocao report review SỐ).")
        List<String> keys = new ArrayList<>();

        @Option(names = "--all", description = "Chấp nhận mọi mục hiện có.")
        boolean all;

        @Override
        protected int run(Database db, PrintWriter out) {
            ReportService service = new ReportService(db);
            List<String> chosen = all ? service.compose(id).review().stream().map(ReviewItem::key).toList() : keys;
            if (chosen.isEmpty()) {
                spec.commandLine().getErr().println("Lỗi: hãy nêu mã mục cần chấp nhận, hoặc --all.");
                return 2;
            }
            service.accept(id, chosen);
            out.println("Đã chấp nhận " + chosen.size() + " mục cho báo cáo số " + id + ".");
            return 0;
        }
    }

    /** {@code report templates}. */
    @Command(name = "templates", mixinStandardHelpOptions = true, description = "Liệt kê các mẫu văn bản có sẵn.")
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
