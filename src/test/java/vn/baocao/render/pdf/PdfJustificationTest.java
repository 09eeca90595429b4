package vn.baocao.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.render.check.Glyph;
import vn.baocao.render.check.PdfGlyphs;
import vn.baocao.render.check.TextLine;

/**
 * A justified line is widened at its spaces only, as Word and LibreOffice do: iText also spread a quarter of the
 * slack between the letters, so that a line with few spaces (a pasted web address) came out letter-spaced in the
 * PDF and not in the Word file.
 */
class PdfJustificationTest {
    private static final String ADDRESS = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html";

    @Test
    void lettersOfAJustifiedLineStandAtTheirNaturalAdvance() throws Exception {
        byte[] pdf = new PdfRenderer().toBytes(DocumentBuilder.of(DocumentType.HUONG_DAN)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(3, "HD-UBND")
                .placeAndDate("Nấm Dẩn", LocalDate.of(2026, 4, 9))
                .summary("Nộp hồ sơ trực tuyến")
                .paragraph("Người dân truy cập Cổng dịch vụ công quốc gia tại địa chỉ " + ADDRESS
                        + "?ma_thu_tuc=1.001234&tinh=tuyen-quang để nộp hồ sơ, theo dõi kết quả giải quyết.")
                .build());
        List<TextLine> lines = PdfGlyphs.lines(PdfGlyphs.read(pdf), g -> true);
        TextLine first = lines.stream().filter(l -> l.text().startsWith("Người dân")).findFirst().orElseThrow();
        TextLine address = lines.get(lines.indexOf(first) + 1);
        assertThat(address.text()).startsWith("https://");
        for (TextLine line : List.of(first, address)) {
            assertThat(widestGapInsideAWord(line.glyphs())).as(line.text()).isLessThan(0.05f);
        }
    }

    private static float widestGapInsideAWord(List<Glyph> glyphs) {
        float widest = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph prev = glyphs.get(i - 1);
            Glyph g = glyphs.get(i);
            if (!prev.text().isBlank() && !g.text().isBlank()) {
                widest = Math.max(widest, g.x() - (prev.x() + prev.width()));
            }
        }
        return widest;
    }
}
