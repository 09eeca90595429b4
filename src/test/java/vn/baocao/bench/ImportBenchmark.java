package vn.baocao.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.baocao.domain.Area;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Direction;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.IndicatorKind;
import vn.baocao.importing.excel.PoiLimits;
import vn.baocao.importing.excel.WorkbookReader;
import vn.baocao.importing.plan.CommitResult;
import vn.baocao.importing.plan.ExcelImportService;
import vn.baocao.importing.plan.ImportFixtures;
import vn.baocao.importing.plan.ImportPreview;
import vn.baocao.importing.plan.ImportRequest;
import vn.baocao.importing.table.WorkbookData;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;

/**
 * Import of a district summary of 20 communes × 80 indicators × 60 months (96 000 values): read, mapped by name and
 * committed as one batch, compared with only loading the same file with POI's XSSFWorkbook; peak heap of each phase
 * from the heap memory pools; then the batch is undone. The verified auto-backup the window and the command line make
 * before committing is timed on its own line (not in the total). Run by {@code bench/import.sh} (-Xmx512m and
 * -Xmx128m).
 */
public final class ImportBenchmark {
    static final int AREAS = 20;
    static final int INDICATORS = 80;
    /** 60 months: 96 000 values (issue 17); {@code -Dbench.months=3} gives a quarter's summary, 4 800 values. */
    static final int MONTHS = Integer.getInteger("bench.months", 60);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("import-bench");
        try {
            run(dir);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private static void run(Path dir) throws Exception {
        Path workbook = dir.resolve("tong-hop-" + AREAS * INDICATORS * MONTHS + ".xlsx");
        List<Area> areas;
        List<Indicator> indicators;
        try (Database db = ImportFixtures.demoDb(dir)) {
            db.inTransaction(c -> {
                CatalogRepository catalog = new CatalogRepository(c);
                catalog.save(new Indicator("BENCH01", "Số hộ được vay vốn ưu đãi", "hộ", "Thử", IndicatorKind.COUNT_FLOW,
                        Direction.UP, 0, null, null, null), "T", "bench", 99_001);
                catalog.save(new Indicator("BENCH02", "Dư nợ cho vay ưu đãi", "triệu đồng", "Thử", IndicatorKind.COUNT_STOCK,
                        Direction.NONE, 0, null, null, null), "T", "bench", 99_002);
                AreaRepository repo = new AreaRepository(c);
                repo.save(new Area("XINMAN.THUMOT", "Thử Một", AreaLevel.XA, "XINMAN", null, null));
                repo.save(new Area("XINMAN.THUHAI", "Thử Hai", AreaLevel.XA, "XINMAN", null, null));
                return null;
            });
            areas = ImportFixtures.communes(db).subList(0, AREAS);
            indicators = ImportFixtures.catalog(db);
            indicators = new ArrayList<>(indicators.subList(0, INDICATORS));
        }
        ImportFixtures.writeSummary(workbook, indicators, areas, 2020, MONTHS);
        if (System.getProperty("bench.keepInputs") != null) {
            Path keep = Path.of(System.getProperty("bench.keepInputs"));
            Files.createDirectories(keep);
            Files.copy(workbook, keep.resolve(workbook.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve("baocao.db"), keep.resolve("baocao.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf("Tệp: %s, %d KB, %d giá trị%n", workbook.getFileName(), Files.size(workbook) / 1024,
                AREAS * INDICATORS * MONTHS);
        System.out.println("Java " + System.getProperty("java.version") + ", -Xmx "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + Runtime.getRuntime().availableProcessors()
                + " CPU");

        // 1. POI's plain in-memory model only (-Dbench.skipPoi=true leaves it out, for profiling the import alone)
        PoiLimits.apply();
        if (!Boolean.getBoolean("bench.skipPoi")) {
            openWithPoi(workbook);
        }

        // 2. the importer: read + map + commit, one transaction
        try (Database db = Database.open(dir.resolve("baocao.db"))) {
            ExcelImportService service = new ExcelImportService(db);
            File file = workbook.toFile();
            ImportRequest request = ImportRequest.of(file).withCheckFormulas(false);
            resetPeaks();
            long start = System.nanoTime();
            long cStart = cpu();
            long pStart = processCpu();
            long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long allGc0 = gcMillis();
            WorkbookData data = WorkbookReader.read(file);
            long read = System.nanoTime();
            long cRead = cpu();
            ImportPreview preview = service.preview(data, request);
            long previewed = System.nanoTime();
            long cPreviewed = cpu();
            // the window and `baocao import` make a verified copy of the database first (issue 12): timed apart
            long b0 = System.nanoTime();
            long cb0 = cpu();
            AutoBackups.of(db).before(AutoBackups.BEFORE_IMPORT);
            long backupMs = (System.nanoTime() - b0) / 1_000_000;
            long backupCpu = (cpu() - cb0) / 1_000_000;
            long backupSize = Files.size(db.file()) / 1024;
            previewed += System.nanoTime() - b0;
            cPreviewed += cpu() - cb0;
            long uCommit = user();
            java.util.List<java.lang.management.GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
            long gc0 = gcs.stream().mapToLong(g -> g.getCollectionTime()).sum();
            long classes0 = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            CommitResult done = service.commit(data, request);
            long committed = System.nanoTime();
            long cCommitted = cpu();
            long pCommitted = processCpu();
            long uCommitted = user();
            long gcMs = gcs.stream().mapToLong(g -> g.getCollectionTime()).sum() - gc0;
            long peak = peakHeapMb();
            System.out.printf("Đọc (WorkbookReader): %d ms (CPU %d ms)%n", (read - start) / 1_000_000,
                    (cRead - cStart) / 1_000_000);
            System.out.printf("Xem trước (ghép tên, so với CSDL): %d ms (CPU %d ms) — %s, %d câu hỏi%n",
                    (previewed - read) / 1_000_000, (cPreviewed - cRead) / 1_000_000, preview.summary(),
                    preview.questions().size());
            System.out.printf("Ghi (kiểm tra bản xem trước còn đúng trong giao dịch + ghi %d giá trị): %d ms (CPU %d ms)%n",
                    done.inserted(), (committed - previewed) / 1_000_000, (cCommitted - cPreviewed) / 1_000_000);
            System.out.printf("  trong đó CPU hệ thống (hệ điều hành: cấp bộ nhớ, ghi tệp) %d ms; thu gom rác %d ms; "
                    + "%d lớp được nạp%n", ((cCommitted - cPreviewed) - (uCommitted - uCommit)) / 1_000_000, gcMs,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes0);
            System.out.printf("Tổng đọc + xem trước + ghi: %d ms (CPU %d ms); đỉnh heap %d MB%n",
                    (committed - start) / 1_000_000 - backupMs, (cCommitted - cStart) / 1_000_000 - backupCpu, peak);
            // every thread: the digest taken beside the preview, and the JIT compiler and GC threads
            System.out.printf("  CPU cả tiến trình (mọi luồng, kể cả biên dịch JIT và thu gom rác; gồm cả sao lưu): %d ms%n",
                    (pCommitted - pStart) / 1_000_000);
            // what the other threads did meanwhile: with two cores, the main thread waits for them
            System.out.printf("  các luồng biên dịch JIT bận %d ms (cộng mọi luồng, kể cả lúc chờ CPU), thu gom rác %d ms "
                    + "(cả đọc + xem trước + ghi)%n",
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0, gcMillis() - allGc0);
            System.out.printf("Sao lưu tự động có kiểm tra trước khi ghi (CSDL %d KB; không tính trong tổng trên): "
                    + "%d ms (CPU %d ms)%n", backupSize, backupMs, backupCpu);
            if (done.inserted() != AREAS * INDICATORS * MONTHS) {
                throw new IllegalStateException("ghi thiếu: " + done.inserted());
            }
            // 3. undoing the whole batch (restores every previous value, here: removes every figure)
            long u0 = System.nanoTime();
            long cu0 = cpu();
            int restored = service.undo(done.batchId());
            System.out.printf("Hoàn tác lô (%d số liệu): %d ms (CPU %d ms)%n", restored,
                    (System.nanoTime() - u0) / 1_000_000, (cpu() - cu0) / 1_000_000);
        }
    }

    /** The yardstick: POI's XSSFWorkbook merely opening the file, timed like the import's phases. */
    private static void openWithPoi(Path workbook) throws Exception {
        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpu();
        int rows;
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            rows = wb.getSheetAt(0).getPhysicalNumberOfRows();
        }
        long poiMs = (System.nanoTime() - t0) / 1_000_000;
        long poiCpu = (cpu() - c0) / 1_000_000;
        long poiPeak = peakHeapMb();
        System.out.printf("POI XSSFWorkbook (chỉ mở tệp, %d dòng): %d ms (CPU luồng chính %d ms), đỉnh heap %d MB%n",
                rows, poiMs, poiCpu, poiPeak);
    }

    /** Time the collectors have spent so far (ms), all of them. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum();
    }

    /** CPU time of the main thread (ns): unlike wall time it does not grow when other programs load the machine. */
    private static long cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process, every thread (ns); -1 where the JVM cannot tell. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** User-mode CPU time of the main thread (ns): {@link #cpu()} minus what the kernel did for it. */
    private static long user() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadUserTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the real peak). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
