package vn.baocao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.domain.AdminUnit;
import vn.baocao.domain.VietnameseText;

/**
 * Reads the official list of administrative units (don-vi-hanh-chinh-2025.csv and newer files of the same shape:
 * ma_tinh, ten_tinh, loai_tinh, ma_xa, ten_xa, loai_xa) and checks every row before anything is written: a row of
 * the wrong shape is refused with its line number.
 */
public final class OfficialListFile {
    /** The list shipped with the application. */
    public static final String SHIPPED = "/vn/baocao/store/don-vi-hanh-chinh-2025.csv";
    static final List<String> HEADER = List.of("ma_tinh", "ten_tinh", "loai_tinh", "ma_xa", "ten_xa", "loai_xa");
    private static final Set<String> PROVINCE_TYPES = Set.of("Tỉnh", "Thành phố");
    private static final Set<String> COMMUNE_TYPES = Set.of("Xã", "Phường", "Đặc khu");

    private OfficialListFile() {
    }

    /** The shipped list. */
    public static List<AdminUnit> shipped() {
        try (InputStream in = OfficialListFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new StoreException("Thiếu danh sách đơn vị hành chính trong bộ cài (" + SHIPPED + ").");
            }
            return read(in, "danh sách đơn vị hành chính");
        } catch (IOException e) {
            throw new StoreException("Không đọc được danh sách đơn vị hành chính: " + e.getMessage(), e);
        }
    }

    public static List<AdminUnit> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Không tìm thấy tệp " + file + ".");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new StoreException("Không đọc được tệp " + file + ": " + e.getMessage(), e);
        }
    }

    /** Provinces first, then communes, in file order. */
    public static List<AdminUnit> read(InputStream in, String what) {
        List<Map<String, String>> rows = CsvLines.read(in, what);
        if (rows.isEmpty()) {
            throw new StoreException("Tệp " + what + " không có đơn vị nào.");
        }
        List<String> header = rows.get(0).keySet().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        if (!header.equals(HEADER)) {
            throw new StoreException("Tệp " + what + ", dòng 1: tiêu đề cột là \"" + String.join(",", header)
                    + "\", cần đúng \"" + String.join(",", HEADER) + "\".");
        }
        Map<String, AdminUnit> provinces = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<AdminUnit> communes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            List<String> f = new ArrayList<>(rows.get(i).values()).stream().map(v -> VietnameseText.nfc(v.strip())).toList();
            String where = "Tệp " + what + ", dòng " + line + ": ";
            String pCode = f.get(0);
            String pName = f.get(1);
            String pType = f.get(2);
            String code = f.get(3);
            String name = f.get(4);
            String type = f.get(5);
            if (!pCode.matches("\\d{2}")) {
                throw new StoreException(where + "mã tỉnh \"" + pCode + "\" phải gồm 2 chữ số.");
            }
            if (!code.matches("\\d{5}")) {
                throw new StoreException(where + "mã xã \"" + code + "\" phải gồm 5 chữ số.");
            }
            if (pName.isEmpty() || name.isEmpty()) {
                throw new StoreException(where + "thiếu tên " + (pName.isEmpty() ? "tỉnh" : "xã") + ".");
            }
            if (!PROVINCE_TYPES.contains(pType)) {
                throw new StoreException(where + "loại tỉnh \"" + pType + "\" không hợp lệ (Tỉnh hoặc Thành phố).");
            }
            if (!COMMUNE_TYPES.contains(type)) {
                throw new StoreException(where + "loại xã \"" + type + "\" không hợp lệ (Xã, Phường hoặc Đặc khu).");
            }
            Integer earlier = seen.put(code, line);
            if (earlier != null) {
                throw new StoreException(where + "mã xã " + code + " đã có ở dòng " + earlier + ".");
            }
            AdminUnit province = provinces.get(pCode);
            if (province == null) {
                provinces.put(pCode, new AdminUnit(pCode, pName, pType, null, null, null));
            } else if (!province.name().equals(pName) || !province.type().equals(pType)) {
                throw new StoreException(where + "tỉnh mã " + pCode + " ghi là \"" + pType + " " + pName
                        + "\", các dòng trên ghi \"" + province.type() + " " + province.name() + "\".");
            }
            communes.add(new AdminUnit(code, name, type, pCode, pName, pType));
        }
        List<AdminUnit> all = new ArrayList<>(provinces.values());
        all.addAll(communes);
        return all;
    }
}
