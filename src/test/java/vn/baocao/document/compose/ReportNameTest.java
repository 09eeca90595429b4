package vn.baocao.document.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.domain.Period;

class ReportNameTest {
    @Test
    void thePeriodWordIsNotWrittenTwice() {
        assertThat(ReportService.joinWithoutRepeat("Báo cáo kết quả thực hiện nhiệm vụ năm", Period.year(2023).label()))
                .isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ năm 2023");
        assertThat(ReportService.joinWithoutRepeat("Báo cáo kết quả thực hiện nhiệm vụ 9 tháng", Period.nineMonths(2023).label()))
                .isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ 9 tháng năm 2023");
        assertThat(ReportService.joinWithoutRepeat("Báo cáo kết quả thực hiện nhiệm vụ 6 tháng", Period.firstHalf(2023).label()))
                .isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023");
        assertThat(ReportService.joinWithoutRepeat("Báo cáo kết quả thực hiện nhiệm vụ quý", Period.quarter(2023, 3).label()))
                .isEqualTo("Báo cáo kết quả thực hiện nhiệm vụ quý III năm 2023");
        assertThat(ReportService.joinWithoutRepeat("Kế hoạch", Period.year(2024).label())).isEqualTo("Kế hoạch năm 2024");
    }
}
