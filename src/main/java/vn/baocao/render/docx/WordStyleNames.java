package vn.baocao.render.docx;

import java.util.EnumMap;
import java.util.Map;
import vn.baocao.render.layout.Element;

/** The Word style (id and visible name) used for each element of the layout. */
final class WordStyleNames {
    static final String RULE = "DuongKe";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";

    private static final Map<Element, String[]> NAMES = new EnumMap<>(Element.class);

    static {
        put(Element.NATIONAL_TITLE, "QuocHieu", "Quốc hiệu");
        put(Element.MOTTO, "TieuNgu", "Tiêu ngữ");
        put(Element.PARENT_AGENCY, "CoQuanChuQuan", "Cơ quan chủ quản");
        put(Element.AGENCY, "CoQuanBanHanh", "Cơ quan ban hành");
        put(Element.NUMBER, "SoKyHieu", "Số, ký hiệu");
        put(Element.PLACE_DATE, "DiaDanhNgay", "Địa danh, ngày tháng");
        put(Element.LETTER_SUMMARY, "TrichYeuCongVan", "Trích yếu công văn");
        put(Element.TYPE_NAME, "TenLoai", "Tên loại văn bản");
        put(Element.SUMMARY, "TrichYeu", "Trích yếu");
        put(Element.LEGAL_BASIS, "CanCu", "Căn cứ");
        put(Element.ADDRESSEE_LABEL, "KinhGui", "Kính gửi");
        put(Element.ADDRESSEE_ITEM, "KinhGuiNoiNhan", "Kính gửi - nơi nhận");
        put(Element.ADDRESSEE_SINGLE, "KinhGuiMotNoi", "Kính gửi một nơi");
        put(Element.BODY, "BodyText", "Body Text");
        put(Element.HEADING_ROMAN, "Heading1", "heading 1");
        put(Element.HEADING_ARABIC, "Heading2", "heading 2");
        put(Element.HEADING_DECIMAL, "Heading3", "heading 3");
        put(Element.HEADING_LETTER, "Heading4", "heading 4");
        put(Element.HEADING_DASH, "Heading5", "heading 5");
        put(Element.HEADING_PLUS, "Heading6", "heading 6");
        put(Element.TABLE_HEADER, "TieuDeBang", "Tiêu đề bảng");
        put(Element.TABLE_CELL, "NoiDungBang", "Nội dung bảng");
        put(Element.FOOTNOTE, "FootnoteText", "footnote text");
        put(Element.FOOTNOTE_MARK, FOOTNOTE_REFERENCE, "footnote reference");
        put(Element.RECIPIENTS_LABEL, "NoiNhan", "Nơi nhận");
        put(Element.RECIPIENT, "NoiNhanMuc", "Nơi nhận - danh sách");
        put(Element.SIGNATURE_TITLE, "ChucVuNguoiKy", "Quyền hạn, chức vụ người ký");
        put(Element.SIGNER_NAME, "HoTenNguoiKy", "Họ tên người ký");
        put(Element.PAGE_NUMBER, "Header", "header");
        put(Element.APPENDIX_LABEL, "PhuLuc", "Phụ lục");
        put(Element.APPENDIX_TITLE, "TenPhuLuc", "Tên phụ lục");
        put(Element.APPENDIX_REFERENCE, "KemTheoPhuLuc", "Kèm theo văn bản");
    }

    private WordStyleNames() {
    }

    private static void put(Element e, String id, String name) {
        NAMES.put(e, new String[] {id, name});
    }

    static String id(Element e) {
        return NAMES.get(e)[0];
    }

    static String name(Element e) {
        return NAMES.get(e)[1];
    }

    /** Outline level for the heading styles (0 = Heading1), or -1. */
    static int outlineLevel(Element e) {
        String id = id(e);
        return id.startsWith("Heading") ? id.charAt(7) - '1' : -1;
    }
}
