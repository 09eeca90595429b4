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
import vn.baocao.store.text.StoreText;

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
                throw new StoreException(StoreText.get("officialListFile.thieuDanhSachDon", SHIPPED));
            }
            return read(in, StoreText.get("officialListFile.danhSachDonVi"));
        } catch (IOException e) {
            throw new StoreException(StoreText.get("officialListFile.khongDocDuocDanh", e.getMessage()), e);
        }
    }

    public static List<AdminUnit> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreText.get("officialListFile.khongTimThayTep", file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new StoreException(StoreText.get("officialListFile.khongDocDuocTep", file, e.getMessage()), e);
        }
    }

    /** Provinces first, then communes, in file order. */
    public static List<AdminUnit> read(InputStream in, String what) {
        List<Map<String, String>> rows = CsvLines.read(in, what);
        if (rows.isEmpty()) {
            throw new StoreException(StoreText.get("officialListFile.tepKhongCoDon", what));
        }
        List<String> header = rows.get(0).keySet().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        if (!header.equals(HEADER)) {
            throw new StoreException(StoreText.get("officialListFile.tepDong1Tieu", what, String.join(",", header), String.join(",", HEADER)));
        }
        Map<String, AdminUnit> provinces = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<AdminUnit> communes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            List<String> f = new ArrayList<>(rows.get(i).values()).stream().map(v -> VietnameseText.nfc(v.strip())).toList();
            String where = StoreText.get("officialListFile.tepDong", what, line);
            String pCode = f.get(0);
            String pName = f.get(1);
            String pType = f.get(2);
            String code = f.get(3);
            String name = f.get(4);
            String type = f.get(5);
            if (!pCode.matches("\\d{2}")) {
                throw new StoreException(StoreText.get("officialListFile.maTinhPhaiGom", where, pCode));
            }
            if (!code.matches("\\d{5}")) {
                throw new StoreException(StoreText.get("officialListFile.maXaPhaiGom", where, code));
            }
            if (pName.isEmpty() || name.isEmpty()) {
                throw new StoreException(StoreText.get("officialListFile.thieuTen", where, (pName.isEmpty() ? StoreText.get("officialListFile.tinh") : StoreText.get("officialListFile.xa"))));
            }
            if (!PROVINCE_TYPES.contains(pType)) {
                throw new StoreException(StoreText.get("officialListFile.loaiTinhKhongHop", where, pType));
            }
            if (!COMMUNE_TYPES.contains(type)) {
                throw new StoreException(StoreText.get("officialListFile.loaiXaKhongHop", where, type));
            }
            Integer earlier = seen.put(code, line);
            if (earlier != null) {
                throw new StoreException(StoreText.get("officialListFile.maXaDaCo", where, code, earlier));
            }
            AdminUnit province = provinces.get(pCode);
            if (province == null) {
                provinces.put(pCode, new AdminUnit(pCode, pName, pType, null, null, null));
            } else if (!province.name().equals(pName) || !province.type().equals(pType)) {
                throw new StoreException(StoreText.get("officialListFile.tinhMaGhiLa", where, pCode, pType, pName, province.type(), province.name()));
            }
            communes.add(new AdminUnit(code, name, type, pCode, pName, pType));
        }
        List<AdminUnit> all = new ArrayList<>(provinces.values());
        all.addAll(communes);
        return all;
    }
}
