package vn.baocao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitHeaderTest {
    private static UnitHeader namDan(IssuingBody body, String name, boolean provinceAbove) {
        return new UnitHeader("Nấm Dẩn", "Xã", "Tuyên Quang", "Tỉnh", body, name, provinceAbove);
    }

    @Test
    void theCommitteeHeadsItsOwnLetterheadWithoutTheProvinceByDefault() {
        UnitHeader h = namDan(IssuingBody.UBND, null, false);
        assertThat(h.parentLines()).isEmpty();
        assertThat(h.issuingLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN");
        assertThat(h.place()).isEqualTo("Nấm Dẩn");
        assertThat(h.recipients()).containsExactly("UBND tỉnh Tuyên Quang (b/c)", "Thường trực Đảng ủy xã",
                "Thường trực HĐND xã", "Lưu: VT");
    }

    @Test
    void theProvinceStandsAboveWhenTheSettingSaysSo() {
        assertThat(namDan(IssuingBody.UBND, null, true).parentLines()).containsExactly("TỈNH TUYÊN QUANG");
        assertThat(namDan(IssuingBody.HDND, null, true).issuingLines()).containsExactly("HỘI ĐỒNG NHÂN DÂN", "XÃ NẤM DẨN");
    }

    @Test
    void aDepartmentWritesTheCommitteeAboveItself() {
        UnitHeader h = namDan(IssuingBody.PHONG_KINH_TE, null, true);
        assertThat(h.parentLines()).containsExactly("UBND XÃ NẤM DẨN");
        assertThat(h.issuingLines()).containsExactly("PHÒNG KINH TẾ");
        assertThat(namDan(IssuingBody.PHONG_VHXH, null, false).issuingLines()).containsExactly("PHÒNG VĂN HÓA - XÃ HỘI");
        assertThat(namDan(IssuingBody.VAN_PHONG, null, false).issuingLines()).containsExactly("VĂN PHÒNG HĐND VÀ UBND");
    }

    @Test
    void aFreeTextBodyIsWrittenInCapitalsUnderTheCommittee() {
        IssuingBody body = IssuingBody.parse("Trung tâm Phục vụ hành chính công");
        assertThat(body).isEqualTo(IssuingBody.KHAC);
        UnitHeader h = namDan(body, "Trung tâm Phục vụ hành chính công", false);
        assertThat(h.issuingLines()).containsExactly("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
        assertThat(h.parentLines()).containsExactly("UBND XÃ NẤM DẨN");
        assertThatThrownBy(() -> namDan(IssuingBody.KHAC, " ", false)).hasMessage("Hãy ghi tên cơ quan ban hành.");
    }

    @Test
    void bodiesAreReadFromCodesAndLabels() {
        assertThat(IssuingBody.parse(null)).isEqualTo(IssuingBody.UBND);
        assertThat(IssuingBody.parse("hdnd")).isEqualTo(IssuingBody.HDND);
        assertThat(IssuingBody.parse("Phòng Văn hóa - Xã hội")).isEqualTo(IssuingBody.PHONG_VHXH);
        assertThat(IssuingBody.parse("PHONG_KINH_TE")).isEqualTo(IssuingBody.PHONG_KINH_TE);
        assertThat(IssuingBody.parse("Văn phòng HĐND và UBND")).isEqualTo(IssuingBody.VAN_PHONG);
    }

    @Test
    void aWardIsWrittenAsAWard() {
        UnitHeader h = new UnitHeader("Ba Đình", "Phường", "Hà Nội", "Thành phố", IssuingBody.UBND, null, true);
        assertThat(h.issuingLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH");
        assertThat(h.parentLines()).containsExactly("THÀNH PHỐ HÀ NỘI");
        assertThat(h.recipients().get(0)).isEqualTo("UBND thành phố Hà Nội (b/c)");
    }
}
