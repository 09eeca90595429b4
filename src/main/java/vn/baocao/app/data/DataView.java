package vn.baocao.app.data;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import vn.baocao.app.MessageLabel;
import vn.baocao.app.Messages;
import vn.baocao.app.ShownAs;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;

/** The "Dữ liệu" page: pickers on top, the grid, the charts below, a message line at the bottom. */
public final class DataView extends BorderPane {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final DataViewModel vm;
    private final Messages messages;
    private final TableView<IndicatorRow> table = new TableView<>();
    private TableColumn<IndicatorRow, String> valueColumn;
    private TableColumn<IndicatorRow, String> planColumn;

    public DataView(DataViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("data-page");
        setTop(pickers());
        HBox chartBox = new HBox(8);
        chartBox.setId("chartBox");
        // The charts are the costliest part of the page to style and lay out; the window appears without them.
        vn.baocao.app.AfterFirstFrame.run(chartBox, () -> addCharts(chartBox));
        SplitPane split = new SplitPane(grid(), chartBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        chartBox.setMinHeight(0);
        setCenter(split);
        setBottom(messageLine());
    }

    private void addCharts(HBox chartBox) {
        DataCharts charts = new DataCharts(vm, messages);
        HBox.setHgrow(charts.trend(), Priority.ALWAYS);
        HBox.setHgrow(charts.bands(), Priority.ALWAYS);
        charts.trend().setPrefWidth(500);
        charts.bands().setPrefWidth(500);
        // Charts may shrink (to nothing) so that on a 1024 x 600 screen the grid keeps its rows.
        charts.trend().setMinHeight(0);
        charts.bands().setMinHeight(0);
        chartBox.getChildren().setAll(charts.trend(), charts.bands());
    }

    private FlowPane pickers() {
        ComboBox<Area> areas = new ComboBox<>(vm.areas());
        areas.setId("areaPicker");
        areas.valueProperty().bindBidirectional(vm.areaProperty());
        areas.setConverter(ShownAs.text(vn.baocao.app.AreaText::of));
        areas.setPrefWidth(220);

        Spinner<Integer> year = new Spinner<>(1990, 2100, vm.yearProperty().get());
        year.setId("yearPicker");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.getValueFactory().setConverter(converter(String::valueOf, Integer::valueOf));
        year.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.yearProperty().set(b);
            }
        });
        vm.yearProperty().addListener((o, a, b) -> year.getValueFactory().setValue(b.intValue()));

        ComboBox<PeriodKind> kind = new ComboBox<>();
        kind.setId("periodKindPicker");
        kind.getItems().setAll(PeriodKind.values());
        kind.valueProperty().bindBidirectional(vm.periodKindProperty());
        kind.setConverter(ShownAs.text(k -> messages.get(k.messageKey())));
        kind.setVisibleRowCount(12);

        TextField code = new TextField();
        code.setId("periodCode");
        code.setPrefColumnCount(9);
        code.setPromptText(messages.get("data.periodCode.prompt"));
        code.setTooltip(new Tooltip(messages.get("data.periodCode.tooltip")));
        vm.periodProperty().addListener((o, a, p) -> code.setText(p == null ? "" : p.code()));
        code.setText(vm.periodProperty().get() == null ? "" : vm.periodProperty().get().code());
        code.setOnAction(e -> vm.choosePeriod(code.getText()));
        code.focusedProperty().addListener((o, was, is) -> {
            if (!is && vm.periodProperty().get() != null && !code.getText().equals(vm.periodProperty().get().code())) {
                vm.choosePeriod(code.getText());
            }
        });

        Label periodLabel = new Label();
        periodLabel.setId("periodLabel");
        periodLabel.getStyleClass().add("period-label");
        periodLabel.textProperty().bind(vm.periodProperty().map(p -> p == null ? "" : p.label()));

        ComboBox<Issuer> issuer = new ComboBox<>();
        issuer.setId("issuerPicker");
        issuer.getItems().setAll(vm.issuers());
        issuer.valueProperty().bindBidirectional(vm.issuerProperty());
        issuer.setConverter(ShownAs.text(Issuer::label));
        issuer.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Issuer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });

        Button undo = new Button(messages.get("data.undo"));
        undo.setId("undoButton");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.setMaxWidth(300); // a long label ends in "…"; the tooltip says Ctrl+Z
        undo.setTooltip(new Tooltip(messages.get("data.undo.tooltip")));
        Button redo = new Button(messages.get("data.redo"));
        redo.setId("redoButton");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        redo.textProperty().bind(vm.redoLabelProperty());
        redo.setMaxWidth(300);
        redo.setTooltip(new Tooltip(messages.get("data.redo.tooltip")));
        ComboBox<String> document = new ComboBox<>(vm.planDocuments());
        document.setId("planDocument");
        document.setEditable(true);
        document.setPrefWidth(320);
        document.setPromptText(messages.get("data.planDocument.prompt"));
        document.setTooltip(new Tooltip(messages.get("data.planDocument.tooltip")));
        document.valueProperty().bindBidirectional(vm.planDocumentProperty());
        document.getEditor().textProperty().addListener((o, a, b) -> vm.planDocumentProperty().set(b));
        Button reload = new Button(messages.get("data.reload"));
        reload.setMnemonicParsing(true);
        reload.setOnAction(e -> vm.reload());

        FlowPane bar = new FlowPane(14, 6,
                pair(labelFor(messages.get("data.area"), areas), areas),
                pair(labelFor(messages.get("data.year"), year), year),
                pair(labelFor(messages.get("data.periodKind"), kind), kind),
                pair(labelFor(messages.get("data.periodCode"), code), code, periodLabel),
                pair(labelFor(messages.get("data.issuer"), issuer), issuer),
                pair(labelFor(messages.get("data.planDocument"), document), document),
                pair(undo, redo, reload),
                vn.baocao.app.FindField.of(table, IndicatorRow::code, IndicatorRow::name, messages));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 8, 8));
        return bar;
    }

    /** Keeps a label with its control when the bar wraps. */
    private static HBox pair(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label labelFor(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private TableView<IndicatorRow> grid() {
        table.setId("dataGrid");
        table.setItems(vm.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(messages.get("data.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedRowProperty().set(row));

        TableColumn<IndicatorRow, String> code = column("data.column.code", r -> new javafx.beans.property.SimpleStringProperty(r.code()), 70);
        TableColumn<IndicatorRow, String> name = column("data.column.name", r -> new javafx.beans.property.SimpleStringProperty(r.name()), 300);
        TableColumn<IndicatorRow, String> unit = column("data.column.unit", r -> new javafx.beans.property.SimpleStringProperty(r.unit()), 90);
        TableColumn<IndicatorRow, String> plan = column("data.column.plan", IndicatorRow::planProperty, 100);
        planColumn = plan;
        plan.setEditable(true);
        String planHint = messages.get("data.column.plan.tooltip");
        plan.setCellFactory(c -> {
            PlanCell cell = new PlanCell(vm);
            cell.setTooltip(new Tooltip(planHint));
            return cell;
        });
        plan.getStyleClass().add("editable-column");

        valueColumn = column("data.column.actual", IndicatorRow::actualProperty, 100);
        valueColumn.setEditable(true);
        valueColumn.setCellFactory(c -> new ValueCell(vm));
        valueColumn.getStyleClass().add("editable-column");
        TableColumn<IndicatorRow, String> percent = column("data.column.percent", IndicatorRow::percentProperty, 80);
        TableColumn<IndicatorRow, String> assessment = column("data.column.assessment", IndicatorRow::assessmentProperty, 320);
        TableColumn<IndicatorRow, String> previous = column("data.column.previous", IndicatorRow::previousProperty, 100);
        TableColumn<IndicatorRow, String> change = column("data.column.change", IndicatorRow::changeProperty, 190);
        TableColumn<IndicatorRow, String> warning = column("data.column.warning", IndicatorRow::warningProperty, 200);
        for (TableColumn<IndicatorRow, String> c : java.util.List.of(plan, valueColumn, percent, previous)) {
            c.getStyleClass().add("number-column");
        }
        table.getColumns().setAll(java.util.List.of(code, name, unit, plan, valueColumn, percent, assessment, previous, change, warning));
        table.setRowFactory(t -> new BandRow());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onGridKey);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::onGridTyped);
        return table;
    }

    private TableColumn<IndicatorRow, String> column(String key, Function<IndicatorRow, ObservableValue<String>> value, double width) {
        TableColumn<IndicatorRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> value.apply(cd.getValue()));
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setSortable(false);
        return c;
    }

    @SuppressWarnings("unchecked")
    private TablePosition<IndicatorRow, ?> focused() {
        return (TablePosition<IndicatorRow, ?>) table.getFocusModel().getFocusedCell();
    }

    private void onGridKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<IndicatorRow, ?> pos = focused();
        if (PASTE.match(e)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null && pos != null && pos.getRow() >= 0) {
                vm.paste(pos.getRow(), text);
            }
            e.consume();
        } else if (COPY.match(e)) {
            if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() != null) {
                Object v = pos.getTableColumn().getCellData(pos.getRow());
                ClipboardContent content = new ClipboardContent();
                content.putString(v == null ? "" : v.toString());
                Clipboard.getSystemClipboard().setContent(content);
            }
            e.consume();
        } else if (ValueCell.isValueCell(pos, valueColumn)
                && (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER)) {
            table.edit(pos.getRow(), valueColumn);
            e.consume();
        } else if (pos != null && pos.getRow() >= 0 && pos.getTableColumn() == planColumn
                && (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER)) {
            table.edit(pos.getRow(), planColumn);
            e.consume();
        } else if (ValueCell.isValueCell(pos, valueColumn) && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
            vm.commit(table.getItems().get(pos.getRow()), "");
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && pos != null && pos.getTableColumn() != null && !e.isControlDown()) {
            int col = table.getVisibleLeafIndex(pos.getTableColumn()) + (e.isShiftDown() ? -1 : 1);
            if (col >= 0 && col < table.getVisibleLeafColumns().size()) {
                TableColumn<IndicatorRow, ?> target = table.getVisibleLeafColumn(col);
                table.getSelectionModel().clearAndSelect(pos.getRow(), target);
                table.getFocusModel().focus(pos.getRow(), target);
                e.consume();
            }
        }
    }

    /** Typing a digit on a value cell starts editing with that digit, as in Excel. */
    private void onGridTyped(KeyEvent e) {
        TablePosition<IndicatorRow, ?> pos = focused();
        String ch = e.getCharacter();
        if (table.getEditingCell() == null && ValueCell.isValueCell(pos, valueColumn) && ch != null && ch.length() == 1
                && (Character.isDigit(ch.charAt(0)) || "-,+".contains(ch)) && !e.isControlDown()) {
            table.getProperties().put(ValueCell.PENDING_TEXT, ch);
            table.edit(pos.getRow(), valueColumn);
            e.consume();
        }
    }

    private BorderPane messageLine() {
        Label message = MessageLabel.bound("dataMessage", vm.messageProperty(), vm.messageIsErrorProperty());
        BorderPane box = new BorderPane(message);
        BorderPane.setAlignment(message, Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

    public TableView<IndicatorRow> table() {
        return table;
    }

    /** Colours a row by its band and shows the assessment's reason and warnings as its tooltip. */
    private static final class BandRow extends TableRow<IndicatorRow> {
        // Pseudo-classes rather than style classes: scrolling re-fills rows constantly, and a pseudo-class change
        // costs far less CSS work than adding and removing style classes.
        private static final PseudoClass[] BANDS = {PseudoClass.getPseudoClass("band-0"),
            PseudoClass.getPseudoClass("band-1"), PseudoClass.getPseudoClass("band-2"), PseudoClass.getPseudoClass("band-3")};
        private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
        private final Tooltip tooltip = new Tooltip();

        BandRow() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setContentDisplay(ContentDisplay.TEXT_ONLY);
        }

        private final javafx.beans.value.ChangeListener<Object> restyle = (o, a, b) -> restyle();
        private IndicatorRow watched;

        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.bandRankProperty().removeListener(restyle);
                watched.detailsProperty().removeListener(restyle);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.bandRankProperty().addListener(restyle);
                watched.detailsProperty().addListener(restyle);
            }
            restyle();
        }

        private void restyle() {
            int rank = watched == null ? -1 : Math.min(watched.bandRankProperty().get(), BANDS.length - 1);
            for (int i = 0; i < BANDS.length; i++) {
                pseudoClassStateChanged(BANDS[i], i == rank);
            }
            pseudoClassStateChanged(FLAGGED, watched != null && watched.hasFlags());
            if (watched == null) {
                setTooltip(null);
                return;
            }
            String details = watched.detailsProperty().get();
            if (details.isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(details);
                setTooltip(tooltip);
            }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText, Function<String, T> fromText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : toText.apply(t);
            }

            @Override
            public T fromString(String s) {
                try {
                    return fromText.apply(s);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        };
    }
}
