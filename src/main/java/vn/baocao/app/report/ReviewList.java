package vn.baocao.app.report;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.baocao.app.Messages;

/** The "Kiểm tra số liệu" tab: each review item with its message and a "Chấp nhận" button. */
final class ReviewList extends VBox {
    ReviewList(ReportViewModel vm, Messages messages) {
        super(8);
        setPadding(new Insets(8));
        TableView<ReviewRow> table = new TableView<>(vm.review());
        table.setId("reportReview");
        table.setPlaceholder(new Label(messages.get("report.review.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReviewRow, String> level = new TableColumn<>(messages.get("report.review.level"));
        level.setCellValueFactory(c -> new SimpleStringProperty(messages.get(c.getValue().isWarning()
                ? "report.review.warning" : "report.review.info")));
        level.setPrefWidth(80);
        level.setMaxWidth(100);
        TableColumn<ReviewRow, Boolean> action = new TableColumn<>(messages.get("report.review.action"));
        action.setCellValueFactory(c -> c.getValue().acceptedProperty());
        action.setCellFactory(c -> new AcceptCell(vm, messages));
        action.setPrefWidth(130);
        action.setMaxWidth(150);
        TableColumn<ReviewRow, String> text = new TableColumn<>(messages.get("report.review.message"));
        text.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().message()));
        text.setCellFactory(c -> new WrappingCell());
        table.getColumns().setAll(java.util.List.of(level, action, text));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(messages.get("report.review.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getChildren().addAll(table, hint);
    }

    /** "Chấp nhận" until accepted, then "Đã chấp nhận". */
    private static final class AcceptCell extends TableCell<ReviewRow, Boolean> {
        private final ReportViewModel vm;
        private final Messages messages;

        AcceptCell(ReportViewModel vm, Messages messages) {
            this.vm = vm;
            this.messages = messages;
        }

        @Override
        protected void updateItem(Boolean accepted, boolean empty) {
            super.updateItem(accepted, empty);
            ReviewRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null || accepted == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (accepted) {
                setGraphic(null);
                setText(messages.get("report.review.accepted"));
            } else {
                Button accept = new Button(messages.get("report.review.accept"));
                accept.getStyleClass().add("small");
                accept.setOnAction(e -> vm.accept(row));
                setText(null);
                setGraphic(accept);
            }
        }
    }

    /** A long message wraps inside its column. */
    private static final class WrappingCell extends TableCell<ReviewRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            text.setText(empty || s == null ? "" : s);
            setGraphic(empty ? null : text);
        }
    }
}
