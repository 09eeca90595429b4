package vn.baocao.render.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import vn.baocao.document.RichText;
import vn.baocao.document.TableColumn;
import vn.baocao.render.layout.DocumentLayout;
import vn.baocao.render.layout.Element;
import vn.baocao.render.layout.Measure;
import vn.baocao.render.layout.Units;
import vn.baocao.render.walk.TableShape;

/**
 * Builds the iText table of a data table (the Biểu), with the header rows repeated on every page and two rules Word
 * follows by itself: a row is never split across pages (Word's "cantSplit"), and a row marked keep-with-next (a
 * group row "I  Giáo dục và Đào tạo") is printed on the page of the row after it.
 *
 * <p>iText has no keep-with-next for table rows. A run of kept rows and the row after them is therefore laid as one
 * row of the outer table: a single cell across every column, kept together, holding an inner table with the same
 * column lines. The outer cell draws the run's outer border, the inner cells only the lines between them, so the
 * run looks and measures as the rows would on their own (the positions are checked by {@code PdfTablesTest}).
 */
final class PdfTables {
    /** Adds the runs of a cell's text, in the style of its element, to the cell's paragraph. */
    interface CellContent {
        void fill(Paragraph paragraph, RichText text, Element element);
    }

    private final DocumentLayout layout;
    private final PdfElements elements;

    PdfTables(PdfElements elements) {
        this.elements = elements;
        this.layout = elements.layout();
    }

    /**
     * The table of {@code t}; {@code content} fills a cell's styled, aligned paragraph with the runs of its text (the
     * page writer numbers the footnotes).
     */
    Table table(TableShape t, CellContent content) {
        Table table = new Table(widths(t.columnsCm(), 0)).setFixedLayout().setWidth((float) Units.cmToPt(t.widthCm()));
        for (List<RichText> row : t.headerRows()) {
            for (RichText c : row) {
                table.addHeaderCell(cell(c, Element.TABLE_HEADER, null, content));
            }
        }
        int columns = t.columnsCm().length;
        for (int first = 0; first < t.rows().size(); ) {
            int last = first;
            while (t.keepsWithNext(last)) {
                last++;
            }
            if (last == first) {
                for (int i = 0; i < columns; i++) {
                    table.addCell(cell(t.rows().get(first).get(i), Element.TABLE_CELL, t.alignments().get(i), content)
                            .setKeepTogether(true));
                }
            } else {
                table.addCell(keptRun(t, first, last, content));
            }
            first = last + 1;
        }
        return table;
    }

    /** Rows {@code first..last} as one unbreakable cell spanning every column. */
    private Cell keptRun(TableShape t, int first, int last, CellContent content) {
        int columns = t.columnsCm().length;
        float border = border();
        Table inner = new Table(widths(t.columnsCm(), border)).setFixedLayout()
                .setWidth((float) Units.cmToPt(t.widthCm()) - border);
        for (int r = first; r <= last; r++) {
            for (int i = 0; i < columns; i++) {
                Cell cell = cell(t.rows().get(r).get(i), Element.TABLE_CELL, t.alignments().get(i), content);
                // the run's outer edges are the outer cell's border; the inner cells draw the lines between them
                if (r == first) {
                    cell.setBorderTop(Border.NO_BORDER);
                }
                if (r == last) {
                    cell.setBorderBottom(Border.NO_BORDER);
                }
                if (i == 0) {
                    cell.setBorderLeft(Border.NO_BORDER);
                }
                if (i == columns - 1) {
                    cell.setBorderRight(Border.NO_BORDER);
                }
                inner.addCell(cell);
            }
        }
        return new Cell(1, columns).setBorder(new SolidBorder(ColorConstants.BLACK, border)).setPadding(0)
                .setKeepTogether(true).add(inner);
    }

    /**
     * The column widths in points; {@code inset} (the outer border of a kept run) is taken half from the first and
     * half from the last column, so that the inner column lines fall where the table's own do.
     */
    private static UnitValue[] widths(double[] columnsCm, float inset) {
        UnitValue[] out = new UnitValue[columnsCm.length];
        for (int i = 0; i < out.length; i++) {
            float w = (float) Units.cmToPt(columnsCm[i]);
            if (i == 0) {
                w -= inset / 2;
            }
            if (i == out.length - 1) {
                w -= inset / 2;
            }
            out[i] = UnitValue.createPointValue(w);
        }
        return out;
    }

    private Cell cell(RichText text, Element element, TableColumn.CellAlignment align,
            CellContent content) {
        float side = (float) Units.cmToPt(layout.get(Measure.TABLE_CELL_PADDING_SIDE_CM));
        float vertical = (float) layout.get(Measure.TABLE_CELL_PADDING_VERTICAL_PT);
        Cell cell = new Cell().setBorder(new SolidBorder(ColorConstants.BLACK, border()))
                .setPaddingLeft(side).setPaddingRight(side).setPaddingTop(vertical).setPaddingBottom(vertical)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
        Paragraph p = elements.styled(new Paragraph(), element);
        if (align != null) {
            p.setTextAlignment(switch (align) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            });
        }
        content.fill(p, text, element);
        return cell.add(p);
    }

    private float border() {
        return (float) layout.get(Measure.TABLE_BORDER_PT);
    }
}
