package vn.baocao.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.StyledSegment;
import org.junit.jupiter.api.Test;
import org.reactfx.util.Either;

/** The page editor's segments and the document markup turn into each other without loss. */
class TokenTextTest {

    @Test
    void markupRoundTripsThroughTheSegments() {
        String markup = "Năm {{nam}} tạo việc làm cho **{{LD01.thuc_hien}} lao động**[^Trong đó: nữ 1.020.], *đạt* \\[1\\].";
        var segments = TokenText.segments(markup);
        assertThat(segments).extracting(s -> s.getSegment().isRight() ? s.getSegment().getRight() : null)
                .contains(Token.field("nam"), Token.field("LD01.thuc_hien"), Token.note("Trong đó: nữ 1.020."));
        assertThat(segments.stream().filter(s -> s.getSegment().isRight()
                && s.getSegment().getRight().text().equals("LD01.thuc_hien")).findFirst().orElseThrow().getStyle())
                .isEqualTo(new RunStyle(true, false));
        // The same text, styles and footnote (the markup writer may place the closing ** after the footnote mark).
        assertThat(vn.baocao.document.RichText.parse(TokenText.markup(segments)))
                .isEqualTo(vn.baocao.document.RichText.parse(markup));
    }

    @Test
    void aFootnoteTypedInTheTextBecomesAFootnoteAndLineBreaksBecomeSpaces() {
        List<StyledSegment<Either<String, Token>, RunStyle>> typed = new ArrayList<>();
        typed.add(new StyledSegment<>(Either.left("Số hộ nghèo giảm[^Theo kết quả rà soát.]\ncòn 864 hộ."), RunStyle.PLAIN));
        assertThat(TokenText.markup(typed)).isEqualTo("Số hộ nghèo giảm[^Theo kết quả rà soát.] còn 864 hộ.");
        assertThat(TokenText.holdsField("giảm[^Theo kết quả rà soát.]")).isTrue();
        assertThat(TokenText.holdsField("giảm [1] và {{ chưa đóng")).isFalse();
    }

    @Test
    void aStoredLiteralFootnoteSyntaxStaysLettersWhenItsParagraphIsEdited() {
        // the stored text holds "[^1]" as letters (escaped); the clerk edits the paragraph: no footnote appears
        String stored = "Xem ghi chú \\[^1\\] ở cuối.";
        var segments = new ArrayList<>(TokenText.segments(stored));
        assertThat(segments).allMatch(s -> s.getSegment().isLeft());
        assertThat(TokenText.holdsField(segments.get(0).getSegment().getLeft())).isFalse();
        segments.add(new StyledSegment<>(Either.left(" Đã sửa."), RunStyle.PLAIN));
        String written = TokenText.markup(segments);
        assertThat(vn.baocao.document.RichText.parse(written).parts())
                .noneMatch(p -> p instanceof vn.baocao.document.FootnoteRef);
        assertThat(vn.baocao.document.RichText.parse(written).plainText()).isEqualTo("Xem ghi chú [^1] ở cuối. Đã sửa.");
        // while a "[^…]" the clerk types next to it still becomes a footnote
        segments.add(new StyledSegment<>(Either.left(" Thêm[^Ghi chú mới.]"), RunStyle.PLAIN));
        assertThat(vn.baocao.document.RichText.parse(TokenText.markup(segments)).parts())
                .filteredOn(p -> p instanceof vn.baocao.document.FootnoteRef).hasSize(1);
    }
}
