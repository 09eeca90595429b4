package vn.baocao.document.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Block;
import vn.baocao.document.DocumentFiles;
import vn.baocao.document.Paragraph;
import vn.baocao.document.compose.ReportService;
import vn.baocao.domain.AreaLevel;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.Target;
import vn.baocao.store.AreaEditor;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.Database;
import vn.baocao.store.ObservationRepository;
import vn.baocao.store.SettingsRepository;
import vn.baocao.store.StoredReport;
import vn.baocao.store.TargetRepository;
import vn.baocao.store.UnitChoice;

/**
 * The second demo, in today's two-level government: xã Nấm Dẩn (01141), tỉnh Tuyên Quang, declared — as an example,
 * not a fact — to have been formed on 1 July 2025 from three former communes whose names carry "(mẫu)". Invented
 * monthly figures from January 2024 to the last full month (former communes before the merger, the new commune
 * after), annual figures, quarterly and annual plans of the commune (HĐND, UBND) and the province, three thôn and a
 * stored 2025 annual report. Everything it writes says "dữ liệu mẫu". Loading twice gives the same data.
 */
public final class Demo2025 {
    public static final String COMMUNE = "01141";
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    public static final String SOURCE = "dữ liệu mẫu (xã Nấm Dẩn, số liệu tự tạo)";
    /** Set when the demo was loaded: the window shows "dữ liệu mẫu" while it is there. */
    public static final String LOADED_SETTING = "baocao.demo.2025";
    static final List<String[]> FORMER = List.of(
            new String[] {"MAU.NAMDAN_CU", "Nấm Dẩn cũ (mẫu)"},
            new String[] {"MAU.XINCHAI", "Xín Chải (mẫu)"},
            new String[] {"MAU.NACHI", "Nà Chì (mẫu)"});
    static final List<String[]> VILLAGES = List.of(
            new String[] {"01141.T01", "Mẫu Một", "thôn"},
            new String[] {"01141.T02", "Mẫu Hai", "thôn"},
            new String[] {"01141.T03", "Mẫu Ba", "bản"});
    private static final String NOTICE = "*Dữ liệu mẫu: các số liệu trong báo cáo này do BaoCao tự tạo để minh họa; "
            + "việc xã Nấm Dẩn hình thành từ ba xã có tên \"(mẫu)\" ngày 01/7/2025 là ví dụ, không phải thông tin chính thức.*";

    /** What loading wrote. */
    public record Summary(int areas, int targets, int observations, long reportId, YearMonth lastMonth) {
    }

    private Demo2025() {
    }

    /** Loads everything; the last month with figures is the last full month before {@code today}. */
    public static Summary load(Database db, LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int[] counts = db.inTransaction(c -> loadData(c, last));
        ReportService reports = new ReportService(db);
        String name = "Báo cáo kết quả thực hiện nhiệm vụ năm 2025 - xã Nấm Dẩn (dữ liệu mẫu)";
        StoredReport existing = reports.list().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        long id;
        if (existing != null) {
            id = existing.id();
        } else {
            StoredReport draft = reports.draft("bao-cao-nam", COMMUNE, Period.year(2025), Issuer.NQ_HDND, List.of(), null);
            StoredReport marked = new StoredReport(0, name, draft.template(), draft.areaCode(), draft.period(), draft.issuer(),
                    draft.settingsJson(), withNotice(draft.bodyJson()), draft.indicatorCodes(), null, null);
            id = reports.save(marked).id();
        }
        return new Summary(counts[0], counts[1], counts[2], id, last);
    }

    private static String withNotice(String bodyJson) {
        try {
            AdministrativeDocument d = DocumentFiles.fromJson(bodyJson);
            List<Block> body = new ArrayList<>();
            body.add(Paragraph.of(NOTICE));
            body.addAll(d.body());
            return DocumentFiles.toJson(new AdministrativeDocument(d.type(), d.profile(), d.letterhead(), d.number(),
                    d.placeAndDate(), d.summary(), d.legalBases(), d.addressees(), body, d.recipients(), d.signature(),
                    d.appendices()));
        } catch (IOException e) {
            throw new IllegalStateException("Mẫu báo cáo năm bị hỏng: " + e.getMessage(), e);
        }
    }

    static int[] loadData(Connection c, YearMonth last) throws SQLException {
        AreaEditor editor = new AreaEditor(c);
        AreaRepository areas = new AreaRepository(c);
        editor.adopt(COMMUNE);
        int areaCount = 2;
        for (String[] f : FORMER) {
            if (areas.find(f[0]).isEmpty()) {
                editor.add(f[0], f[1], AreaLevel.XA, "08", "Xã", null, null);
            }
            areaCount++;
        }
        for (String[] v : VILLAGES) {
            if (areas.find(v[0]).isEmpty()) {
                editor.add(v[0], v[1], AreaLevel.THON, COMMUNE, v[2], MERGER, null);
            }
            areaCount++;
        }
        if (areas.predecessors(COMMUNE).isEmpty()) {
            editor.merge(COMMUNE, FORMER.stream().map(f -> f[0]).toList(), MERGER);
        }
        UnitChoice units = new UnitChoice(c);
        if (units.current().isEmpty()) {
            units.use(COMMUNE, "UBND");
        }
        new SettingsRepository(c).put(LOADED_SETTING, "true");
        int observations = new Figures(c, last).write();
        int targets = writeTargets(c);
        return new int[] {areaCount, targets, observations};
    }

    private static int writeTargets(Connection c) throws SQLException {
        TargetRepository repo = new TargetRepository(c);
        int n = 0;
        for (int year : new int[] {2025, 2026}) {
            Period p = Period.year(year);
            int k = year - 2025;
            n += target(repo, "LD01", p, Issuer.NQ_HDND, Comparator.GE, 300 + 20 * k);
            n += target(repo, "LD01", p, Issuer.TINH_GIAO, Comparator.GE, 280 + 20 * k);
            n += target(repo, "BH02", p, Issuer.NQ_HDND, Comparator.GE, 11_800 + 100 * k);
            n += target(repo, "BH01", p, Issuer.NQ_HDND, Comparator.GE, 95 + k);
            n += target(repo, "BH01", p, Issuer.TINH_GIAO, Comparator.GE, 94.5 + k);
            n += target(repo, "KT02", p, Issuer.NQ_HDND, Comparator.GE, 4_200 + 300 * k);
            n += target(repo, "KT02", p, Issuer.TINH_GIAO, Comparator.GE, 4_000 + 300 * k);
            n += target(repo, "VH05", p, Issuer.NQ_HDND, Comparator.GE, 24_000 + 2_000 * k);
            n += target(repo, "LD06", p, Issuer.NQ_HDND, Comparator.LE, 18 - 2 * k);
            n += target(repo, "LD06", p, Issuer.TINH_GIAO, Comparator.LE, 19 - 2 * k);
            for (int q = 1; q <= 4; q++) {
                Period quarter = Period.quarter(year, q);
                n += target(repo, "KT02", quarter, Issuer.UBND_GIAO, Comparator.GE, (4_200 + 300 * k) / 4.0);
                n += target(repo, "LD01", quarter, Issuer.UBND_GIAO, Comparator.GE, (300 + 20 * k) / 4.0);
            }
        }
        return n;
    }

    private static int target(TargetRepository repo, String code, Period p, Issuer issuer, Comparator cmp, double value)
            throws SQLException {
        BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
        repo.save(new Target(code, COMMUNE, p, issuer, cmp, v, null, null), null);
        return 1;
    }

    /** The invented figures, from a fixed seed so every load gives the same numbers. */
    private static final class Figures {
        private final ObservationRepository repo;
        private final YearMonth last;
        private final Random random = new Random(20250701L);
        /** Year totals of the flows, per area and indicator ("MAU.NACHI|LD01|2024"), and the last stock. */
        private final java.util.Map<String, BigDecimal> totals = new java.util.HashMap<>();
        private int written;

        Figures(Connection c, YearMonth last) {
            this.repo = new ObservationRepository(c);
            this.last = last;
        }

        int write() throws SQLException {
            double[] share = {0.42, 0.33, 0.25};
            for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(last); m = m.plusMonths(1)) {
                Period month = Period.month(m.getYear(), m.getMonthValue());
                if (m.atDay(1).isBefore(MERGER)) {
                    for (int i = 0; i < FORMER.size(); i++) {
                        monthly(FORMER.get(i)[0], month, share[i], m);
                    }
                } else {
                    monthly(COMMUNE, month, 1.0, m);
                }
            }
            for (int i = 0; i < FORMER.size(); i++) {
                String area = FORMER.get(i)[0];
                annual(area, 2024, share[i], List.of(area));
            }
            if (!last.isBefore(YearMonth.of(2025, 12))) {
                List<String> all = new ArrayList<>(FORMER.stream().map(f -> f[0]).toList());
                all.add(COMMUNE);
                annual(COMMUNE, 2025, 1.0, all);
            }
            return written;
        }

        private void monthly(String area, Period month, double share, YearMonth m) throws SQLException {
            int growth = (m.getYear() - 2024) * 12 + m.getMonthValue();
            flow(area, "LD01", month, round(share * (22 + random.nextInt(9))));
            flow(area, "KT02", month, round(share * (300 + 4 * growth + random.nextInt(60))));
            flow(area, "VH05", month, round(share * (1_600 + 25 * growth + random.nextInt(500))));
            BigDecimal insured = round(share * (11_300 + 12 * growth));
            save(area, "BH02", month, insured);
            totals.put(area + "|BH02|" + m.getYear(), insured);
        }

        private void flow(String area, String code, Period month, BigDecimal value) throws SQLException {
            save(area, code, month, value);
            totals.merge(area + "|" + code + "|" + month.year(), value, BigDecimal::add);
        }

        /** The whole year: flows are the months' sums over {@code parts} (both sides in the merger year), stocks December's. */
        private void annual(String area, int y, double share, List<String> parts) throws SQLException {
            Period year = Period.year(y);
            int yearIndex = y - 2024;
            for (String code : List.of("LD01", "KT02", "VH05")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String part : parts) {
                    sum = sum.add(totals.getOrDefault(part + "|" + code + "|" + y, BigDecimal.ZERO));
                }
                save(area, code, year, sum);
            }
            BigDecimal insured = totals.get(area + "|BH02|" + y);
            // Coverage differs between the former communes, so that their rates really need recomputing.
            double coverage = area.equals("MAU.NACHI") ? 1.09 : area.equals("MAU.XINCHAI") ? 1.02 : 1.0;
            BigDecimal people = round(share * (12_100 + 110 * yearIndex) * coverage);
            save(area, "BH02", year, insured);
            save(area, "DS01", year, people);
            rate(area, "BH01", year, insured, people);
            BigDecimal households = round(share * (2_650 + 20 * yearIndex));
            double poorShare = (0.205 - 0.025 * yearIndex) * (area.equals("MAU.NACHI") ? 1.3 : area.equals("MAU.XINCHAI") ? 0.8 : 1.0);
            BigDecimal poor = round(households.doubleValue() * poorShare);
            save(area, "DS02", year, households);
            save(area, "LD07", year, poor);
            rate(area, "LD06", year, poor, households);
            save(area, "KT12", year, area.equals("MAU.NAMDAN_CU") ? BigDecimal.ONE : BigDecimal.ZERO);
        }

        private void save(String area, String code, Period p, BigDecimal value) throws SQLException {
            repo.save(new Observation(code, area, p, ObservationKind.THUC_HIEN, value, Qualifier.NONE, null, null, null, null,
                    null, "dữ liệu mẫu", SOURCE), null);
            written++;
        }

        private void rate(String area, String code, Period p, BigDecimal numerator, BigDecimal denominator) throws SQLException {
            BigDecimal pct = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
            repo.save(new Observation(code, area, p, ObservationKind.THUC_HIEN, pct, Qualifier.NONE, numerator, denominator,
                    null, null, null, "dữ liệu mẫu", SOURCE), null);
            written++;
        }

        private static BigDecimal round(double v) {
            return BigDecimal.valueOf(Math.round(v));
        }
    }
}
