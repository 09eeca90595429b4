package vn.baocao.importing.excel;

/** The Vietnamese messages shown when a file cannot be read. Each names the file and says what to do. */
final class ReadMessages {
    private ReadMessages() {
    }

    static String fileNotFound(String file) {
        return "Không tìm thấy tệp \"" + file + "\" hoặc không có quyền đọc tệp này.";
    }

    static String emptyFile(String file) {
        return "Tệp \"" + file + "\" rỗng (0 byte), không có dữ liệu để nhập. Vui lòng kiểm tra lại tệp nhận được.";
    }

    static String passwordRequired(String file) {
        return "Tệp \"" + file + "\" được đặt mật khẩu để mở. Vui lòng nhập mật khẩu.";
    }

    static String wrongPassword(String file) {
        return "Mật khẩu không đúng, không mở được tệp \"" + file + "\". Vui lòng nhập lại mật khẩu.";
    }

    static String strictOoxml(String file) {
        return "Tệp \"" + file + "\" được lưu ở định dạng \"Strict Open XML Spreadsheet\", chương trình chưa đọc được "
                + "định dạng này. Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu "
                + "\"Excel Workbook (*.xlsx)\" rồi nhập lại.";
    }

    static String oldExcel(String file) {
        return "Tệp \"" + file + "\" được lưu bằng Excel đời cũ (Excel 5.0/95 trở về trước), chương trình không đọc "
                + "được. Vui lòng mở tệp bằng Excel và lưu lại thành \"Excel Workbook (*.xlsx)\" rồi nhập lại.";
    }

    static String notASpreadsheet(String file, String whatItIs) {
        return "Tệp \"" + file + "\" không phải là bảng tính Excel" + (whatItIs == null ? "" : " (" + whatItIs + ")")
                + ". Chương trình đọc được tệp Excel (.xls, .xlsx), CSV, bảng HTML và XML Spreadsheet 2003.";
    }

    static String zipBomb(String file) {
        return "Tệp \"" + file + "\" có phần nén bất thường (dung lượng giải nén quá lớn so với tệp), có thể là tệp "
                + "độc hại nên chương trình từ chối mở. Nếu tệp do đồng nghiệp gửi, vui lòng mở bằng Excel, "
                + "lưu lại thành tệp mới rồi nhập lại.";
    }

    static String tooLarge(String file, String detail) {
        return "Tệp \"" + file + "\" quá lớn để đọc (" + detail + "). Vui lòng tách bớt dữ liệu hoặc chỉ giữ lại "
                + "các trang tính cần nhập rồi thử lại.";
    }

    static String corrupt(String file) {
        return "Không đọc được tệp \"" + file + "\": tệp bị hỏng hoặc do phần mềm khác Excel tạo ra không đúng "
                + "chuẩn. Vui lòng mở tệp bằng Excel, lưu lại (Save As) thành \"Excel Workbook (*.xlsx)\" rồi nhập lại.";
    }

    static String corruptAt(String file, String sheet, String cell) {
        return "Không đọc được ô " + cell + " của trang \"" + sheet + "\" trong tệp \"" + file + "\". Vui lòng mở tệp "
                + "bằng Excel, kiểm tra ô này, lưu lại rồi nhập lại.";
    }

    static String unreadableText(String file) {
        return "Không đọc được nội dung văn bản của tệp \"" + file + "\". Vui lòng mở bằng Excel và lưu thành "
                + "\"Excel Workbook (*.xlsx)\" rồi nhập lại.";
    }
}
