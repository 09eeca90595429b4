package vn.baocao.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ImportBatchRepository;
import vn.baocao.store.ImportWriter;
import vn.baocao.store.ObservationRepository;

/**
 * A province-sized store for the benchmarks (issue 17), generated, never committed: one province of 100 communes,
 * 120 indicators, 36 monthly periods (2023-01 … 2025-12), so 432 000 figures, plus a yearly plan per indicator,
 * commune and year (36 000 targets). It is written the way a province's data arrives: one import batch per commune
 * and year through the store's own {@link ImportWriter} (so the audit log, the batch stamps and the sanity checks are
 * the real ones), then 40 hand corrections per commune through {@link ObservationRepository#save} (audited UPDATEs
 * with the row before and after). The file is made once and reused while it is complete.
 *
 * <p>Run alone: {@code java -cp … vn.baocao.bench.ProvinceStore target/province/baocao.db}.
 */
public final class ProvinceStore {
    static final int COMMUNES = 100;
    static final int INDICATORS = 120;
    static final int FIRST_YEAR = 2023;
    static final int YEARS = 3;
    static final int EDITS_PER_COMMUNE = 40;
    static final String PROVINCE = "TINHTHU";
    /** Written last: a file without it was cut short and is made again. */
    private static final String COMPLETE = "bench.province.complete";

    private ProvinceStore() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/province/baocao.db");
        long start = System.nanoTime();
        ensure(file);
        System.out.printf("%s: %d communes × %d indicators × %d months (%.1f s)%n", file, COMMUNES, INDICATORS,
                12 * YEARS, (System.nanoTime() - start) / 1e9);
    }

    /** The code of commune {@code n} (0-based). */
    static String commune(int n) {
        return String.format("%s.X%03d", PROVINCE, n);
    }

    /** The store at {@code file}, made if it is missing or incomplete. */
    static void ensure(Path file) {
        if (Files.exists(file)) {
            try (Database db = Database.open(file)) {
                if (db.read(c -> new vn.baocao.store.SettingsRepository(c).get(COMPLETE).isPresent())) {
                    return;
                }
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Database db = Database.open(file)) {
            generate(db);
        }
    }

    private static void generate(Database db) {
        Random random = new Random(17);
        List<Indicator> indicators = db.inTransaction(c -> {
            CatalogRepository catalog = new CatalogRepository(c);
            List<Indicator> all = new ArrayList<>(catalog.indicators());
            for (int i = all.size(); i < INDICATORS; i++) {
                Indicator extra = new Indicator("TX" + i, "Chỉ tiêu tỉnh " + i, "người", "Khác",
                        IndicatorKind.COUNT_FLOW, Direction.UP, 0, null, null, null);
                catalog.save(extra, "T", "benchmark", 9000 + i);
                all.add(extra);
            }
            AreaRepository areas = new AreaRepository(c);
            areas.save(new Area(PROVINCE, "Tỉnh Thử Nghiệm", AreaLevel.TINH, null, null, null));
            for (int a = 0; a < COMMUNES; a++) {
                areas.save(new Area(commune(a), "Xã Thử " + (a + 1), AreaLevel.XA, PROVINCE, null, null));
            }
            return List.copyOf(all.subList(0, INDICATORS));
        });
        for (int a = 0; a < COMMUNES; a++) {
            String area = commune(a);
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                int year = y;
                db.inTransaction(c -> {
                    long batch = new ImportBatchRepository(c).create("Bieu-" + area + "-" + year + ".xlsx", "Biểu01",
                            "{}", null);
                    try (ImportWriter writer = new ImportWriter(c, batch)) {
                        for (Indicator i : indicators) {
                            writer.save(new Target(i.code(), area, Period.year(year), Issuer.NQ_HDND, Comparator.GE,
                                    value(i, random), null, null), "lô " + batch);
                            for (int m = 1; m <= 12; m++) {
                                writer.save(Observation.of(i.code(), area, Period.month(year, m), value(i, random)));
                            }
                        }
                    }
                    return null;
                });
            }
            db.inTransaction(c -> {
                ObservationRepository observations = new ObservationRepository(c);
                for (int e = 0; e < EDITS_PER_COMMUNE; e++) {
                    Indicator i = indicators.get(random.nextInt(indicators.size()));
                    Period p = Period.month(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12));
                    observations.save(Observation.of(i.code(), area, p, value(i, random)), null);
                }
                return null;
            });
        }
        db.inTransaction(c -> {
            new vn.baocao.store.SettingsRepository(c).put(COMPLETE, "1");
            return null;
        });
    }

    /** A plausible figure: a share between 40 and 100 for rates, a count otherwise. */
    private static BigDecimal value(Indicator i, Random random) {
        if (i.isRate()) {
            return BigDecimal.valueOf(4000 + random.nextInt(6001), 2);
        }
        return BigDecimal.valueOf(50 + random.nextInt(5000));
    }
}
