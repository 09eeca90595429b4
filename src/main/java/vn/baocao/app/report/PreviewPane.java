package vn.baocao.app.report;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import vn.baocao.app.Messages;

/** The print preview: one page of the PDF as an image, with page navigation. */
final class PreviewPane extends BorderPane {
    PreviewPane(ReportViewModel vm, Messages messages) {
        getStyleClass().add("preview-pane");
        ImageView page = new ImageView();
        page.setId("reportPageImage");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        vm.pageImageProperty().addListener((o, a, img) -> page.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
        Label empty = new Label(messages.get("report.preview.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(vm.pageImageProperty().isNull());
        StackPane sheet = new StackPane(page, empty);
        sheet.getStyleClass().add("preview-sheet");
        sheet.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        page.fitWidthProperty().bind(scroll.widthProperty().subtract(40));
        setCenter(scroll);

        Button previous = new Button(messages.get("report.preview.previous"));
        previous.setId("reportPreviousPage");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = new Button(messages.get("report.preview.next"));
        next.setId("reportNextPage");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.pageIndexProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        Label pageText = new Label();
        pageText.setId("reportPageText");
        pageText.textProperty().bind(vm.pageTextProperty());
        HBox bar = new HBox(10, previous, pageText, next);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(6));
        setTop(bar);
    }
}
