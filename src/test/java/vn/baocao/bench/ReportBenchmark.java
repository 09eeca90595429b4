package vn.baocao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.DemoReports;
import vn.baocao.document.compose.ReportService;
import vn.baocao.render.docx.DocxRenderer;
import vn.baocao.render.pdf.PdfRenderer;
import vn.baocao.store.Database;
import vn.baocao.store.StoredReport;

/**
 * The annual report 2023 of huyện Xín Mần from the demo data (14 indicators, commune breakdown, Biểu on landscape
 * pages): composing it from the database, rendering it, and both together. Run: {@code bench/run-jmh.sh ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ReportBenchmark {
    Path dir;
    Database db;
    ReportService service;
    StoredReport report;
    AdministrativeDocument composed;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("baocao-bench-report");
        db = DemoReports.demoDatabase(dir);
        service = new ReportService(db);
        report = DemoReports.xinMan2023(service, true);
        composed = service.compose(report).document();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        db.close();
        BenchFiles.deleteTree(dir);
    }

    /** Load, evaluate, review and fill the template. */
    @Benchmark
    public int compose() {
        ComposedReport r = service.compose(report);
        return r.document().body().size() + r.review().size();
    }

    @Benchmark
    public long renderDocx() throws Exception {
        Path out = dir.resolve("r.docx");
        new DocxRenderer().render(composed, out);
        return Files.size(out);
    }

    @Benchmark
    public long renderPdf() throws Exception {
        Path out = dir.resolve("r.pdf");
        new PdfRenderer().render(composed, out);
        return Files.size(out);
    }

    /** What {@code baocao report … --docx … --pdf …} does after opening the database. */
    @Benchmark
    public long composeAndRenderBoth() throws Exception {
        AdministrativeDocument doc = service.compose(report).document();
        Path docx = dir.resolve("b.docx");
        Path pdf = dir.resolve("b.pdf");
        new DocxRenderer().render(doc, docx);
        new PdfRenderer().render(doc, pdf);
        return Files.size(docx) + Files.size(pdf);
    }
}
