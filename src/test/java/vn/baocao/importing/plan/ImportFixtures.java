package vn.baocao.importing.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.baocao.domain.Area;
import vn.baocao.domain.Indicator;
import vn.baocao.store.AreaRepository;
import vn.baocao.store.CatalogRepository;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/** Temporary databases with the demo data, checksums, and generated workbooks for the import tests. */
public final class ImportFixtures {
    private ImportFixtures() {
    }

    public static Database demoDb(Path dir) {
        Database db = Database.open(dir.resolve("baocao.db"));
        DemoDataset.load(db);
        return db;
    }

    /** SHA-256 of a closed database file. */
    public static String checksum(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The communes of the demo district, in name order. */
    public static List<Area> communes(Database db) {
        return db.read(c -> new AreaRepository(c).children(DemoDataset.DISTRICT));
    }

    public static List<Indicator> catalog(Database db) {
        return db.read(c -> new CatalogRepository(c).indicators());
    }

    /** The value written for indicator i, area a, month m: deterministic, with some decimals. */
    public static double value(int i, int a, int m) {
        return ((i + 1) * 1000 + a * 37 + m) + ((i % 3 == 0) ? 0.25 : 0);
    }

    /**
     * A district summary: rows = indicators (STT | Chỉ tiêu | Đơn vị tính), column groups = communes (merged
     * "Xã …" header) × months ("TH T01/2020" …). Written with SXSSF so that generating it costs little memory.
     */
    public static void writeSummary(Path file, List<Indicator> indicators, List<Area> areas, int firstYear, int months)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Tổng hợp");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI THEO THÁNG");
            Row top = sheet.createRow(2);
            Row sub = sheet.createRow(3);
            String[] fixed = {"STT", "Chỉ tiêu", "Đơn vị tính"};
            for (int c = 0; c < 3; c++) {
                top.createCell(c).setCellValue(fixed[c]);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            int col = 3;
            for (Area a : areas) {
                top.createCell(col).setCellValue("Xã " + a.name());
                sheet.addMergedRegion(new CellRangeAddress(2, 2, col, col + months - 1));
                for (int m = 0; m < months; m++) {
                    int year = firstYear + m / 12;
                    sub.createCell(col + m).setCellValue(String.format("TH T%02d/%d", m % 12 + 1, year));
                }
                col += months;
            }
            for (int i = 0; i < indicators.size(); i++) {
                Row row = sheet.createRow(4 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(indicators.get(i).name());
                row.createCell(2).setCellValue(indicators.get(i).unit());
                col = 3;
                for (int a = 0; a < areas.size(); a++) {
                    for (int m = 0; m < months; m++) {
                        row.createCell(col++).setCellValue(value(i, a, m));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
