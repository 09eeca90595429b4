package vn.baocao.render.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Appendix;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.PageBreak;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;
import vn.baocao.document.Signature;
import vn.baocao.document.SizeProfile;
import vn.baocao.document.Table;
import vn.baocao.document.TableColumn;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;

/** The one order of an ND30 document, as every renderer receives it. */
class DocumentWalkTest {
    /** Writes each call down as a short line. */
    static final class Recorder implements DocumentVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void begin(DocumentLayout layout, Metadata metadata) {
            calls.add("begin " + metadata.title());
        }

        @Override
        public void headerBlock(TwoColumns block) {
            calls.add("header " + rows(block));
        }

        @Override
        public void line(Line line) {
            calls.add(line.element() + " " + line.text());
        }

        @Override
        public void rule(Rule rule) {
            calls.add(rule.spaceAfterPt() > 0 ? "rule (+" + rule.spaceAfterPt() + ")" : "rule");
        }

        @Override
        public void richParagraph(Element element, String lead, RichText text) {
            calls.add(element + " " + lead + text.plainText());
        }

        @Override
        public void closingParagraph(Element element, String lead, RichText text) {
            calls.add("closing " + element + " " + lead + text.plainText());
        }

        @Override
        public void table(TableShape table) {
            calls.add("table " + table.widthCm());
        }

        @Override
        public void pageBreak() {
            calls.add("page break");
        }

        @Override
        public void beginLandscape() {
            calls.add("landscape");
        }

        @Override
        public void endLandscape() {
            calls.add("portrait");
        }

        @Override
        public void footerBlock(TwoColumns block) {
            calls.add("footer " + rows(block));
        }

        @Override
        public void beginAppendix(boolean landscape) {
            calls.add("appendix" + (landscape ? " landscape" : ""));
        }

        @Override
        public void end() {
            calls.add("end");
        }

        private static String rows(TwoColumns block) {
            List<String> out = new ArrayList<>();
            for (TwoColumns.Row row : block.rows()) {
                out.add(cell(row.left()) + " | " + cell(row.right()));
            }
            return String.join(" / ", out);
        }

        private static String cell(TwoColumns.Cell cell) {
            List<String> out = new ArrayList<>();
            for (CellItem item : cell.items()) {
                out.add(item instanceof Line l ? l.text() + (l.spaceBeforePt() == null ? "" : " (+" + l.spaceBeforePt() + ")")
                        : "—");
            }
            return out.isEmpty() ? "(" + cell.filler() + ")" : String.join(", ", out);
        }
    }

    static List<String> walk(AdministrativeDocument d) {
        Recorder r = new Recorder();
        DocumentWalk.walk(d, r);
        return r.calls;
    }

    @Test
    void aReportComesInTheOrderOfNd30() {
        Table table = new Table(List.of(new TableColumn(1, null)), List.of(List.of(RichText.plain("Chỉ tiêu"))),
                List.of(List.of(RichText.plain("LD01"))));
        AdministrativeDocument d = DocumentBuilder.of(DocumentType.BAO_CAO)
                .agency(List.of("UBND TỈNH HÀ GIANG"), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .number(5, "UBND").placeAndDate("Xín Mần", LocalDate.of(2024, 1, 5))
                .summary("Kết quả năm 2023").legalBasis("Căn cứ Luật Tổ chức chính quyền địa phương")
                .addressees("Ủy ban nhân dân tỉnh Hà Giang", "Sở Kế hoạch và Đầu tư")
                .heading(HeadingLevel.ROMAN, "I.", "KẾT QUẢ").paragraph("Đạt **125,87%** kế hoạch.")
                .block(new PageBreak()).block(new LandscapeSection(List.of(table)))
                .recipients("Như trên", "Lưu: VT")
                .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.KT, "CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Vũ Thị Hòa"))
                .appendix(new Appendix("Phụ lục I", "BIỂU TỔNG HỢP", null, true, List.of(table)))
                .build();
        double signatureTop = DocumentLayout.forProfile(SizeProfile.P14).style(Element.RECIPIENTS_LABEL).spaceBeforePt();
        double gap = DocumentLayout.forProfile(SizeProfile.P14).style(Element.BODY).spaceBeforePt();
        assertThat(walk(d)).containsExactly(
                "begin " + d.metadataTitle(),
                "header UBND TỈNH HÀ GIANG, ỦY BAN NHÂN DÂN, HUYỆN XÍN MẦN, — | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, "
                        + "Độc lập - Tự do - Hạnh phúc, — / Số: 05/BC-UBND | Xín Mần, ngày 05 tháng 01 năm 2024",
                "TYPE_NAME BÁO CÁO", "SUMMARY Kết quả năm 2023", "rule",
                "LEGAL_BASIS Căn cứ Luật Tổ chức chính quyền địa phương.",
                "ADDRESSEE_LABEL Kính gửi:", "ADDRESSEE_ITEM - Ủy ban nhân dân tỉnh Hà Giang;", "ADDRESSEE_ITEM - Sở Kế hoạch và Đầu tư.",
                "HEADING_ROMAN I. KẾT QUẢ", "BODY Đạt 125,87% kế hoạch.",
                "page break", "landscape", "table 24.7", "portrait",
                "footer Nơi nhận:, - Như trên;, - Lưu: VT. | KT. CHỦ TỊCH (+" + signatureTop + "), PHÓ CHỦ TỊCH, Vũ Thị Hòa",
                "appendix landscape", "APPENDIX_LABEL Phụ lục I", "APPENDIX_TITLE BIỂU TỔNG HỢP",
                "rule (+" + gap + ")", "table 24.7",
                "end");
    }

    @Test
    void aLetterHasItsVvLineUnderTheNumberAndNoTitle() {
        AdministrativeDocument d = DocumentBuilder.of(DocumentType.CONG_VAN)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
                .letterNumber(12, "UBND", "VP").placeAndDate("Xín Mần", LocalDate.of(2024, 3, 1))
                .summary("tăng cường công tác thống kê").addressees("Các xã, thị trấn").paragraph("Đề nghị các xã báo cáo.")
                .build();
        List<String> calls = walk(d);
        assertThat(calls.get(1)).endsWith(" / " + d.letterSummary() + " | (LETTER_SUMMARY)");
        assertThat(calls.subList(2, calls.size())).containsExactly(
                "ADDRESSEE_SINGLE Kính gửi: Các xã, thị trấn.", "BODY Đề nghị các xã báo cáo.", "end");
    }

    /**
     * A table right under a rule (the summary's or an appendix's) would draw its top border against it, and the
     * rule looked like a thick piece of that border: the rule keeps a paragraph's gap below it then, and only then.
     */
    @Test
    void aRuleRightAboveATableKeepsAParagraphsGapBelowIt() {
        Table table = new Table(List.of(new TableColumn(1, null)), List.of(List.of(RichText.plain("Ngày"))),
                List.of(List.of(RichText.plain("Thứ Năm"))));
        AdministrativeDocument d = DocumentBuilder.of(DocumentType.THONG_BAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ NẤM DẨN"))
                .number(21, "TB-UBND").placeAndDate("Nấm Dẩn", LocalDate.of(2026, 3, 12))
                .summary("Lịch tiếp công dân").block(table)
                .appendix(new Appendix("Phụ lục", "DANH SÁCH", null, false, List.of(Paragraph.of("Không có."))))
                .build();
        double gap = DocumentLayout.forProfile(SizeProfile.P14).style(Element.BODY).spaceBeforePt();
        assertThat(gap).isPositive();
        assertThat(walk(d)).containsSubsequence("SUMMARY Lịch tiếp công dân", "rule (+" + gap + ")", "table 16.0")
                .containsSubsequence("APPENDIX_TITLE DANH SÁCH", "rule", "BODY Không có.");
    }
}
