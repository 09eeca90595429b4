package vn.baocao.bench;

import java.nio.file.Path;
import java.util.List;
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
import vn.baocao.document.compose.ComposedReport;
import vn.baocao.document.compose.FigureSource;
import vn.baocao.document.compose.ReportDataLoader;
import vn.baocao.document.compose.ReportRequest;
import vn.baocao.document.compose.ReportService;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;
import vn.baocao.store.StoredReport;

/**
 * Warm work on the province-sized store ({@link ProvinceStore}: 100 communes × 120 indicators × 36 months, 432 000
 * figures and their audit): {@code assess} of one commune and the annual report's compose. Goals (issue 17): assess
 * ≤ 5 ms, compose ≤ 50 ms. Run: {@code bench/province-store.sh} (or {@code bench/run-jmh.sh ProvinceBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ProvinceBenchmark {
    static final Path FILE = Path.of(System.getProperty("baocao.provinceStore", "target/province/baocao.db"));

    Database db;
    AssessmentService assessments;
    ReportService reports;
    StoredReport communeAnnual;
    StoredReport provinceAnnual;
    final String commune = ProvinceStore.commune(42);
    final AssessmentOptions options = AssessmentOptions.defaults();

    @Setup(Level.Trial)
    public void open() {
        ProvinceStore.ensure(FILE);
        db = Database.open(FILE);
        assessments = new AssessmentService(db);
        reports = new ReportService(db);
        communeAnnual = reports.save(reports.draft("bao-cao-nam", commune, Period.year(2025), Issuer.NQ_HDND,
                List.of(), null));
        provinceAnnual = reports.save(reports.draft("bao-cao-nam", ProvinceStore.PROVINCE, Period.year(2025),
                Issuer.NQ_HDND, List.of(), null));
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** The Dữ liệu page's assessment of one commune for December 2025 (the store's {@code AssessmentService}). */
    @Benchmark
    public int assessCommuneMonth() {
        return assessments.assess(commune, Period.month(2025, 12), Issuer.NQ_HDND, options).rows().size();
    }

    /**
     * {@code baocao assess} of one commune for December 2025: since the fifth round it loads the figures as a report
     * does ({@code ReportDataLoader}: spans summed from their months, a merger's former communes, next period's plans).
     */
    @Benchmark
    public int assessCommuneMonthAsTheCommandLine() {
        return new ReportDataLoader(db).load(new ReportRequest(commune, Period.month(2025, 12), Issuer.NQ_HDND, options,
                List.of(), FigureSource.OWN_FIGURES)).all().size();
    }

    /** The same for the year 2025 (what the Dữ liệu page opens on), every catalog indicator listed. */
    @Benchmark
    public int assessCommuneYear() {
        return assessments.assess(commune, Period.year(2025), Issuer.NQ_HDND, options, true).rows().size();
    }

    /** The annual report 2025 of one commune: load, evaluate, review, fill the template. */
    @Benchmark
    public int composeCommuneAnnual() {
        ComposedReport r = reports.compose(communeAnnual);
        return r.document().body().size() + r.review().size();
    }

    /** The annual report 2025 of the province (its 100 communes below it). */
    @Benchmark
    public int composeProvinceAnnual() {
        ComposedReport r = reports.compose(provinceAnnual);
        return r.document().body().size() + r.review().size();
    }
}
