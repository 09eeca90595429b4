package vn.baocao.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.AssessmentService;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.TargetRepository;

/**
 * {@code assess} on a database of 20 communes × 80 indicators × 24 monthly periods (38 400 figures, plus a target
 * per indicator, commune and period). Run: {@code bench/run-jmh.sh AssessBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AssessBenchmark {
    static final int AREAS = 20;
    static final int INDICATORS = 80;
    static final int MONTHS = 24;

    Path dir;
    Database db;
    AssessmentService service;
    List<String> communes = new ArrayList<>();
    final Period december = Period.month(2023, 12);
    final AssessmentOptions options = AssessmentOptions.defaults();

    @Setup(Level.Trial)
    public void fill() throws Exception {
        dir = Files.createTempDirectory("baocao-bench");
        db = Database.open(dir.resolve("bench.db"));
        service = new AssessmentService(db);
        Random random = new Random(42);
        db.inTransaction(c -> {
            CatalogRepository catalog = new CatalogRepository(c);
            List<Indicator> indicators = new ArrayList<>(catalog.indicators());
            for (int i = indicators.size(); i < INDICATORS; i++) {
                Indicator extra = new Indicator("BX" + i, "Chỉ tiêu thêm " + i, "người", "Khác",
                        vn.baocao.domain.IndicatorKind.COUNT_FLOW, vn.baocao.domain.Direction.UP, 0, null, null, null);
                catalog.save(extra, "T", "benchmark", 9000 + i);
                indicators.add(extra);
            }
            AreaRepository areas = new AreaRepository(c);
            areas.save(new Area("H", "Huyện thử", AreaLevel.HUYEN, null, null, null));
            for (int a = 0; a < AREAS; a++) {
                String code = "H.X" + a;
                areas.save(new Area(code, "Xã " + a, AreaLevel.XA, "H", null, null));
                communes.add(code);
            }
            ObservationRepository observations = new ObservationRepository(c);
            TargetRepository targets = new TargetRepository(c);
            for (String area : communes) {
                for (int m = 0; m < MONTHS; m++) {
                    Period p = Period.month(2022 + m / 12, m % 12 + 1);
                    for (Indicator i : indicators.subList(0, INDICATORS)) {
                        BigDecimal value = BigDecimal.valueOf(50 + random.nextInt(5000));
                        observations.save(Observation.of(i.code(), area, p, value), null);
                        targets.save(new Target(i.code(), area, p, Issuer.NQ_HDND, Comparator.GE,
                                BigDecimal.valueOf(100 + random.nextInt(5000)), null, null), null);
                    }
                }
            }
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        db.close();
        BenchFiles.deleteTree(dir);
    }

    /** One commune, one month: what {@code baocao assess} does. */
    @Benchmark
    public int assessOneArea() {
        return service.assess(communes.get(7), december, Issuer.NQ_HDND, options).rows().size();
    }

    /** All 20 communes for one month: a district overview. */
    @Benchmark
    public int assessAllAreas() {
        int rows = 0;
        for (String area : communes) {
            rows += service.assess(area, december, Issuer.NQ_HDND, options).rows().size();
        }
        return rows;
    }
}
