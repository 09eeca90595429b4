package vn.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.render.SeedFixtures;

class DocumentJsonTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void seedsRoundTrip(String name) throws Exception {
        AdministrativeDocument first = SeedFixtures.load(name);
        String json = DocumentFiles.toJson(first);
        AdministrativeDocument second = DocumentFiles.fromJson(json);
        assertThat(second).isEqualTo(first);
        assertThat(DocumentFiles.toJson(second)).isEqualTo(json);
    }

    @Test
    void fullModelRoundTripsThroughAFile() throws Exception {
        AdministrativeDocument doc = sample();
        Path file = dir.resolve("vb.json");
        DocumentFiles.write(doc, file);
        assertThat(DocumentFiles.read(file)).isEqualTo(doc);
    }

    public static AdministrativeDocument sample() {
        Table table = new Table(
                List.of(new TableColumn(1, TableColumn.CellAlignment.CENTER), new TableColumn(6, null),
                        new TableColumn(2, TableColumn.CellAlignment.RIGHT)),
                List.of(List.of(RichText.plain("STT"), RichText.plain("Chỉ tiêu"), RichText.plain("Kết quả"))),
                List.of(List.of(RichText.plain("1"), RichText.parse("Tỷ lệ hộ nghèo[^Theo chuẩn nghèo đa chiều.]"),
                        RichText.plain("6,31%"))));
        return DocumentBuilder.of(DocumentType.BAO_CAO)
                .agency(List.of("UBND TỈNH HÀ GIANG"), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .number(5, "UBND")
                .placeAndDate("Xín Mần", LocalDate.of(2024, 1, 5))
                .summary("Kết quả năm 2023")
                .legalBasis("Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Nghị quyết số 58/NQ-HĐND")
                .addressees("Ủy ban nhân dân tỉnh Hà Giang")
                .heading(HeadingLevel.ROMAN, "I.", "KẾT QUẢ")
                .paragraph("Đạt **125,87%** kế hoạch, *vượt* mức[^Chú thích có dấu \\] và \\* sao.].")
                .dash("Ý một")
                .plus("Ý nhỏ")
                .block(new PageBreak())
                .block(new LandscapeSection(List.of(table)))
                .recipients("Như trên", "Lưu: VT")
                .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.TM, "ỦY BAN NHÂN DÂN"),
                        new AuthorityLine(AuthorityMode.KT, "CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Vũ Thị Hòa"))
                .appendix(new Appendix("Phụ lục I", "BIỂU TỔNG HỢP", "(Kèm theo Báo cáo số 05/BC-UBND ngày 05 tháng 01 năm 2024 của UBND huyện Xín Mần)",
                        true, List.of(table)))
                .build();
    }

    @Test
    void numberDateAndPunctuationFollowTheSpec() {
        AdministrativeDocument doc = sample();
        assertThat(doc.number().format()).isEqualTo("Số: 05/BC-UBND");
        assertThat(new DocumentNumber(15, "BC-UBND").format()).isEqualTo("Số: 15/BC-UBND");
        assertThat(new DocumentNumber(null, "BC-UBND").format()).matches("Số: [\\s\\u00a0]+/BC-UBND");
        assertThat(doc.placeAndDate().format()).isEqualTo("Xín Mần, ngày 05 tháng 01 năm 2024");
        assertThat(new PlaceAndDate("Hà Nội", 29, 6, 2019).format()).isEqualTo("Hà Nội, ngày 29 tháng 6 năm 2019");
        assertThat(new PlaceAndDate("Hà Nội", 3, 2, 2020).format()).isEqualTo("Hà Nội, ngày 03 tháng 02 năm 2020");
        assertThat(doc.printedLegalBases()).containsExactly("Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Nghị quyết số 58/NQ-HĐND.");
        assertThat(doc.printedRecipients()).containsExactly("- Như trên;", "- Lưu: VT.");
        assertThat(doc.printedAddressees()).containsExactly("Ủy ban nhân dân tỉnh Hà Giang.");
        assertThat(doc.signature().titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(doc.allFootnotes()).hasSize(3);
    }

    @Test
    void markupRoundTripsAndNormalisesToNfc() {
        String decomposed = "Xi\u0301n Ma\u0302\u0300n";
        RichText t = RichText.parse("**" + decomposed + "** *nghiêng* ***cả hai*** a\\*b[^ghi chú \\] x]");
        assertThat(t.plainText()).isEqualTo("Xín Mần nghiêng cả hai a*b");
        assertThat(RichText.parse(t.toMarkup())).isEqualTo(t);
        assertThat(t.footnotes()).containsExactly(new FootnoteRef("ghi chú ] x"));
    }

    @Test
    void rejectsInvalidDate() {
        assertThatThrownBy(() -> new PlaceAndDate("Xín Mần", 30, 2, 2024)).isInstanceOf(RuntimeException.class);
    }
}
