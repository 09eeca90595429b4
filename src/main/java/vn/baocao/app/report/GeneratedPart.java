package vn.baocao.app.report;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.baocao.app.Messages;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.LandscapeSection;
import vn.baocao.document.Paragraph;
import vn.baocao.document.RichText;
import vn.baocao.document.Table;
import vn.baocao.document.compose.ReportFields;

/**
 * A part of the body written from the data ({{#chi_tieu_giao}}, the Biểu …), shown read-only as it prints, under a
 * small caption that says it follows the figures.
 */
final class GeneratedPart {
    /** A long table is cut on the page; the preview and the files have it whole. */
    private static final int MAX_ROWS = 25;

    private final Messages messages;

    GeneratedPart(Messages messages) {
        this.messages = messages;
    }

    Node of(String part, ReportFields fields, int index) {
        String key = switch (part) {
            case "chi_tieu_giao" -> "report.page.part.assigned";
            case "linh_vuc" -> "report.page.part.sector";
            case "bieu_chi_tieu", "bieu_ke_hoach" -> "report.page.part.table";
            case "theo_xa" -> "report.page.part.communes";
            case "noi_bat" -> "report.page.part.highlights";
            case "han_che" -> "report.page.part.shortcomings";
            case "chi_tieu_ky_sau" -> "report.page.part.next";
            default -> null;
        };
        String name = key == null ? part : messages.get(key);
        Label caption = new Label(messages.format("report.page.generated", name));
        caption.getStyleClass().add("generated-caption");
        VBox box = new VBox(4, caption);
        box.getStyleClass().add("generated-part");
        box.setId("pageGenerated" + index);
        Tooltip.install(box, new Tooltip(messages.get("report.page.generatedHover")));
        if (fields == null) {
            box.getChildren().add(muted(messages.get("report.page.generatedLoading")));
        } else if (fields.generated(index).isEmpty()) {
            box.getChildren().add(muted(messages.get("report.page.generatedEmpty")));
        } else {
            add(box, fields.generated(index));
        }
        return box;
    }

    Node other() {
        VBox box = new VBox(muted(messages.get("report.body.other")));
        box.getStyleClass().add("generated-part");
        return box;
    }

    private void add(VBox box, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                Label l = text(h.printedText());
                l.getStyleClass().add("heading-label");
                box.getChildren().add(l);
            } else if (b instanceof Paragraph p) {
                box.getChildren().add(text(p.printedText()));
            } else if (b instanceof Table t) {
                box.getChildren().add(table(t));
            } else if (b instanceof LandscapeSection s) {
                add(box, s.blocks());
            }
        }
    }

    private Node table(Table t) {
        GridPane g = new GridPane();
        g.getStyleClass().add("generated-table");
        int r = 0;
        for (List<RichText> row : t.headerRows()) {
            row(g, r++, row, true);
        }
        for (List<RichText> row : t.rows()) {
            if (r >= MAX_ROWS + t.headerRows().size()) {
                g.add(muted(messages.format("report.page.tableCut", t.rows().size())), 0, r, Math.max(1, row.size()), 1);
                break;
            }
            row(g, r++, row, false);
        }
        return g;
    }

    private void row(GridPane g, int r, List<RichText> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            Label l = new Label(cells.get(c).plainText());
            l.setWrapText(true);
            l.setMaxWidth(c == 1 ? 200 : 90);
            l.getStyleClass().add(header ? "generated-th" : "generated-td");
            g.add(l, c, r);
        }
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("generated-text");
        return l;
    }

    private static Label muted(String s) {
        Label l = text(s);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
