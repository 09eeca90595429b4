package vn.baocao.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.Database;

/**
 * Opening the province-sized store ({@link ProvinceStore}) as a start does: open the file (lock, schema check,
 * connection), then the first query the window makes (one commune's year, every indicator), then close. Single
 * shots in fresh JVMs: the first iteration of each fork is the cold open (sqlite-jdbc and its native library loaded,
 * nothing compiled), the later ones a warm re-open. Goal (issue 17): ≤ 0,3 s. Run: {@code bench/province-store.sh}
 * (keep its default forks and iterations: {@code -wi} or {@code -f} options would turn the cold shot into warm-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(5)
public class ProvinceOpenBenchmark {
    @Setup(Level.Trial)
    public void make() {
        // Checked by its name only: opening it here would warm the fork before the first (cold) shot.
        if (!java.nio.file.Files.exists(ProvinceBenchmark.FILE)) {
            throw new IllegalStateException("Chưa có " + ProvinceBenchmark.FILE + ": chạy bench/province-store.sh");
        }
        // As every BaoCao process does first: logging to files, SQLite's native library from the data folder
        // (without it sqlite-jdbc would extract a new copy into /tmp in every fork, which a start does not do).
        vn.baocao.store.ProcessSetup.prepare();
    }

    @Benchmark
    public int openAndFirstQuery() {
        try (Database db = Database.open(ProvinceBenchmark.FILE)) {
            return new AssessmentService(db).assess(ProvinceStore.commune(42), Period.year(2025), Issuer.NQ_HDND,
                    AssessmentOptions.defaults(), true).rows().size();
        }
    }
}
