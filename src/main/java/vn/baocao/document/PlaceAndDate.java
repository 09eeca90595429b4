package vn.baocao.document;

import java.time.LocalDate;
import vn.baocao.document.text.DocumentText;

/**
 * Địa danh và thời gian (ô 4, spec §4.2): "Xín Mần, ngày 05 tháng 01 năm 2024". The day is padded
 * below 10 and the month only for January and February. A null day or month prints a gap, as on a
 * draft ("ngày      tháng 7 năm 2023").
 */
public record PlaceAndDate(String place, Integer day, Integer month, int year) {
    static final String GAP = "\u00a0\u00a0\u00a0\u00a0\u00a0";

    public PlaceAndDate {
        place = TextNormalizer.nfc(place);
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException(DocumentText.get("placeAndDate.thieuDiaDanh"));
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException(DocumentText.get("placeAndDate.thangKhongHopLe", month));
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException(DocumentText.get("placeAndDate.ngayKhongHopLe", day));
        }
        if (day != null && month != null) {
            LocalDate.of(year, month, day); // rejects 30 February and friends
        }
    }

    public static PlaceAndDate of(String place, LocalDate date) {
        return new PlaceAndDate(place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public String format() {
        String d = day == null ? GAP : (day < 10 ? "0" + day : String.valueOf(day));
        String m = month == null ? GAP : (month <= 2 ? "0" + month : String.valueOf(month));
        return DocumentText.get("placeAndDate.ngayThangNam", place, d, m, year);
    }
}
