package vn.baocao.importing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A colleague's sheet written with POI, with known problems: STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 |
 * Kế hoạch năm 2024. Row 7 (DS01, E7) holds "abc" as a plan; KT02 appears twice (rows 8 and 9) with different
 * 2023 figures; row 6 has a good DS02 value.
 */
public final class ProblemWorkbooks {
    public static final String SHEET = "Biểu 02";

    private ProblemWorkbooks() {
    }

    /** With problems: "abc" in E7, D8 and D9 disagree. */
    public static Path withProblems(Path file) throws IOException {
        return write(file, true);
    }

    /** The same sheet without the problems. */
    public static Path clean(Path file) throws IOException {
        return write(file, false);
    }

    private static Path write(Path file, boolean problems) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet(SHEET);
            s.createRow(0).createCell(0).setCellValue("ỦY BAN NHÂN DÂN XÃ NẬM DẨN");
            s.createRow(2).createCell(0).setCellValue("BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023");
            Row h = s.createRow(4);
            String[] heads = {"STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Kế hoạch năm 2024"};
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            row(s, 5, 1, "Số hộ dân cư", "hộ", 1250, 1270);
            Row r7 = row(s, 6, 2, "Dân số trung bình", "người", 5432, 5500);
            if (problems) {
                r7.getCell(4).setCellValue("abc");
            }
            row(s, 7, 3, "Thu ngân sách nhà nước trên địa bàn xã", "triệu đồng", 8599.376, 9000);
            row(s, 8, 4, "Thu ngân sách nhà nước trên địa bàn xã", "triệu đồng", problems ? 8600 : 8599.376, 9000);
            wb.write(out);
        }
        return file;
    }

    private static Row row(Sheet s, int r, int stt, String name, String unit, double actual, double plan) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(stt);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(unit);
        row.createCell(3).setCellValue(actual);
        row.createCell(4).setCellValue(plan);
        return row;
    }
}
