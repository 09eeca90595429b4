package vn.baocao.importing.plan;

import vn.baocao.importing.text.ImportText;

/** The reasons a numeric cell is not imported, as the dry run lists them (one wording per reason). */
final class SkipReasons {
    static final String STT = ImportText.get("skipReasons.cotSoThuTu");
    static final String LABEL_COLUMN = ImportText.get("skipReasons.cotTenDonVi");
    static final String DERIVED = ImportText.get("skipReasons.cotSoSanhTang");
    static final String DERIVED_UNCHECKED = ImportText.get("skipReasons.cotSoSanhTang2");
    static final String COLUMN_CHOSEN = ImportText.get("skipReasons.cotBoQuaTheo");
    static final String ROW_CHOSEN = ImportText.get("skipReasons.dongBoQuaTheo");
    static final String HIDDEN_ROW = ImportText.get("skipReasons.dongAn");
    static final String HIDDEN_COLUMN = ImportText.get("skipReasons.cotAn");
    static final String TITLE = ImportText.get("skipReasons.phanTieuDePhia");
    static final String HEADER = ImportText.get("skipReasons.tieuDeCot");
    static final String COLUMN_NUMBERS = ImportText.get("skipReasons.hangSoThuTu");
    static final String NOTE_ROW = ImportText.get("skipReasons.dongGhiChu");
    static final String FOOTER = ImportText.get("skipReasons.chanBieuChuKy");
    static final String OUTSIDE = ImportText.get("skipReasons.ngoaiBangSoLieu");
    static final String NO_NAME = ImportText.get("skipReasons.dongKhongCoTen");
    static final String NOT_INDICATOR_TABLE = ImportText.get("skipReasons.trangKhongPhaiBang");
    static final String NO_PERIOD_TYPE = ImportText.get("skipReasons.kyKhongCoTrong");
    static final String DUPLICATE = ImportText.get("skipReasons.trungGiaTriVoi");
    static final String MANUAL_KEPT = ImportText.get("skipReasons.giuSoDaNhap");
    static final String ERRONEOUS_ROW = ImportText.get("skipReasons.deLaiViDong");
    static final String TEMPLATE_UNMAPPED = ImportText.get("skipReasons.ngoaiCacDongCot");

    private SkipReasons() {
    }
}
