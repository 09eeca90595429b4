package vn.baocao.app.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.baocao.app.FieldLabel;
import vn.baocao.app.Messages;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;

/** The "Cài đặt" page. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel vm;
    private final Messages messages;

    public SettingsView(SettingsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("settingsPage");
        setFitToWidth(true);
        Button save = new Button(messages.get("settings.save"));
        save.setId("settingsSave");
        save.setMnemonicParsing(true);
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button myUnit = new Button(messages.get("settings.myUnit"));
        myUnit.setId("settingsMyUnit");
        myUnit.setOnAction(e -> vm.showUnit());
        VBox box = new VBox(14,
                heading("settings.section.letterhead"), myUnit, letterhead(),
                heading("settings.section.signers"), signers(),
                heading("settings.section.layout"), layoutAndNumbers(),
                heading("settings.section.backup"), backup(),
                new HBox(10, save), message);
        box.setPadding(new Insets(16));
        box.setMaxWidth(980);
        setContent(box);
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private Node letterhead() {
        GridPane g = form();
        TextField parent = field(vm.parentAgencyProperty(), "settings.parentAgency.prompt", "parentAgency");
        g.addRow(0, label("settings.parentAgency", parent), parent);
        TextField issuing = field(vm.issuingAgencyProperty(), "settings.issuingAgency.prompt", "issuingAgency");
        g.addRow(1, label("settings.issuingAgency", issuing), issuing);
        TextField place = field(vm.placeProperty(), "settings.place.prompt", "place");
        g.addRow(2, label("settings.place", place), place);
        g.addRow(3, label("settings.recipients", recipientsType()), recipientsForm());
        return g;
    }

    private javafx.scene.control.ComboBox<vn.baocao.document.DocumentType> recipientsTypeBox;

    private javafx.scene.control.ComboBox<vn.baocao.document.DocumentType> recipientsType() {
        if (recipientsTypeBox == null) {
            recipientsTypeBox = new javafx.scene.control.ComboBox<>();
            recipientsTypeBox.setId("recipientsType");
            recipientsTypeBox.getItems().setAll(SettingsViewModel.RECIPIENT_TYPES);
            recipientsTypeBox.valueProperty().bindBidirectional(vm.recipientsTypeProperty());
            recipientsTypeBox.setConverter(vn.baocao.app.ShownAs.text(this::typeName));
        }
        return recipientsTypeBox;
    }

    /** Nơi nhận per document type: the type on the left, its list below; a new document of that type takes it. */
    private Node recipientsForm() {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
        text.setId("recipients");
        text.setPrefRowCount(4);
        text.setPromptText(messages.get("settings.recipients.prompt"));
        text.textProperty().bindBidirectional(vm.recipientsProperty(vm.recipientsTypeProperty().get()));
        vm.recipientsTypeProperty().addListener((o, was, is) -> {
            if (was != null) {
                text.textProperty().unbindBidirectional(vm.recipientsProperty(was));
            }
            if (is != null) {
                text.textProperty().bindBidirectional(vm.recipientsProperty(is));
            }
        });
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, recipientsType(), text);
        return box;
    }

    private String typeName(vn.baocao.document.DocumentType t) {
        return messages.get(switch (t) {
            case KE_HOACH -> "settings.recipients.plan";
            case THONG_BAO -> "settings.recipients.notice";
            case CONG_VAN -> "settings.recipients.letter";
            default -> "settings.recipients.report";
        });
    }

    private TextField field(javafx.beans.property.StringProperty property, String promptKey, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPromptText(messages.get(promptKey));
        return f;
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(200, 520, Double.MAX_VALUE,
                Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        return g;
    }

    private Label label(String key, Node target) {
        return FieldLabel.of(messages.get(key), target);
    }

    private Node signers() {
        TableView<Signer> table = new TableView<>(vm.signers());
        table.setId("signersTable");
        table.setEditable(true);
        table.setPrefHeight(150);
        table.setPlaceholder(new Label(messages.get("settings.signers.empty")));
        TableColumn<Signer, SignerAuthority> authority = new TableColumn<>(messages.get("settings.signer.authority"));
        authority.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().authority()));
        authority.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(SignerAuthority a) {
                return a == null || a == SignerAuthority.NONE ? messages.get("settings.signer.noAuthority") : a.prefix();
            }

            @Override
            public SignerAuthority fromString(String s) {
                return null;
            }
        }, SignerAuthority.values()));
        authority.setOnEditCommit(e -> vm.updateSigner(e.getTablePosition().getRow(),
                new Signer(e.getNewValue(), e.getRowValue().collective(), e.getRowValue().title(), e.getRowValue().name())));
        authority.setPrefWidth(110);
        TableColumn<Signer, String> collective = textColumn("settings.signer.collective", Signer::collective, 230,
                (s, v) -> new Signer(s.authority(), v, s.title(), s.name()));
        TableColumn<Signer, String> title = textColumn("settings.signer.title", Signer::title, 200,
                (s, v) -> new Signer(s.authority(), s.collective(), v, s.name()));
        TableColumn<Signer, String> name = textColumn("settings.signer.name", Signer::name, 220,
                (s, v) -> new Signer(s.authority(), s.collective(), s.title(), v));
        table.getColumns().setAll(java.util.List.of(authority, collective, title, name));
        Button add = new Button(messages.get("settings.signer.add"));
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            vm.addSigner();
            table.getSelectionModel().selectLast();
        });
        Button remove = new Button(messages.get("settings.signer.remove"));
        remove.setMnemonicParsing(true);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeSigner(table.getSelectionModel().getSelectedIndex()));
        Label hint = new Label(messages.get("settings.signers.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return new VBox(6, table, new HBox(8, add, remove), hint, signingImages(table));
    }

    /** The images a digital signature shows: the selected signer's signature, the issuing body's seal. */
    private Node signingImages(TableView<Signer> table) {
        Button signature = new Button(messages.get("settings.images.signature"));
        signature.setId("signatureImage");
        signature.setMnemonicParsing(true);
        signature.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        signature.setOnAction(e -> vm.chooseSignatureImage(table.getSelectionModel().getSelectedIndex()));
        TextField size = field(vm.sealSizeMmProperty(), "settings.images.sealSize.prompt", "sealSize");
        size.setPrefColumnCount(5);
        Button seal = new Button(messages.get("settings.images.seal"));
        seal.setId("sealImage");
        seal.setMnemonicParsing(true);
        seal.setOnAction(e -> vm.chooseSealImage());
        Label hint = new Label(messages.get("settings.images.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        HBox row = new HBox(8, signature, label("settings.images.sealSize", size), size, seal);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, row, hint);
    }

    private TableColumn<Signer, String> textColumn(String key, java.util.function.Function<Signer, String> get, double width,
                                                   java.util.function.BiFunction<Signer, String, Signer> with) {
        TableColumn<Signer, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(get.apply(cd.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> vm.updateSigner(e.getTablePosition().getRow(), with.apply(e.getRowValue(), e.getNewValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node layoutAndNumbers() {
        GridPane g = form();
        Map<SizeProfile, String> sizes = new LinkedHashMap<>();
        sizes.put(SizeProfile.P14, messages.get("settings.size.p14"));
        sizes.put(SizeProfile.P13, messages.get("settings.size.p13"));
        Map<RoundingPolicy, String> rounding = new LinkedHashMap<>();
        rounding.put(RoundingPolicy.HALF_UP, messages.get("settings.rounding.halfUp"));
        rounding.put(RoundingPolicy.TRUNCATE, messages.get("settings.rounding.truncate"));
        Map<ChangeWording, String> wording = new LinkedHashMap<>();
        wording.put(ChangeWording.POINTS, messages.get("settings.wording.points"));
        wording.put(ChangeWording.LEGACY_PERCENT, messages.get("settings.wording.legacy"));
        g.addRow(0, new Label(messages.get("settings.size")), radios(vm.sizeProfileProperty(), sizes));
        g.addRow(1, new Label(messages.get("settings.rounding")), radios(vm.roundingProperty(), rounding));
        g.addRow(2, new Label(messages.get("settings.wording")), radios(vm.changeWordingProperty(), wording));
        return g;
    }

    private static <E> Node radios(ObjectProperty<E> property, Map<E, String> choices) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(16);
        Map<E, RadioButton> buttons = new LinkedHashMap<>();
        choices.forEach((value, text) -> {
            RadioButton b = new RadioButton(text);
            b.setToggleGroup(group);
            b.setUserData(value);
            b.setSelected(value.equals(property.get()));
            buttons.put(value, b);
            box.getChildren().add(b);
        });
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                @SuppressWarnings("unchecked")
                E value = (E) t.getUserData();
                property.set(value);
            }
        });
        property.addListener((o, a, v) -> {
            RadioButton b = buttons.get(v);
            if (b != null) {
                b.setSelected(true);
            }
        });
        return box;
    }

    private Node backup() {
        TextField folder = field(vm.backupFolderProperty(), "settings.backupFolder.prompt", "backupFolder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(messages.get("settings.backupFolder.button"));
        choose.setMnemonicParsing(true);
        choose.setOnAction(e -> vm.chooseBackupFolder());
        Button backupNow = new Button(messages.get("settings.backup.now"));
        backupNow.setId("backupNow");
        backupNow.setMnemonicParsing(true);
        backupNow.setOnAction(e -> vm.backupNow());
        Button restore = new Button(messages.get("settings.restore"));
        restore.setId("restore");
        restore.setMnemonicParsing(true);
        restore.setOnAction(e -> vm.restore());
        Label hint = new Label(messages.get("settings.backup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return new VBox(8, new HBox(8, label("settings.backupFolder", folder), folder, choose),
                new HBox(8, backupNow, restore), hint, autoBackups());
    }

    /** The automatic backups (daily, before import, restore, upgrade), each restorable. */
    private Node autoBackups() {
        javafx.scene.control.ListView<vn.baocao.store.AutoBackups.Entry> list = new javafx.scene.control.ListView<>(vm.autoBackups());
        list.setId("autoBackups");
        list.setPrefHeight(140);
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(vn.baocao.store.AutoBackups.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : messages.format("settings.auto.item", e.at().format(when),
                        e.reasonText(), (e.size() + 1023) / 1024));
            }
        });
        list.setPlaceholder(new Label(messages.get("settings.auto.none")));
        Button restoreAuto = new Button(messages.get("settings.auto.restore"));
        restoreAuto.setId("restoreAuto");
        restoreAuto.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restoreAuto.setOnAction(e -> vm.restoreAuto(list.getSelectionModel().getSelectedItem()));
        Label title = new Label(messages.get("settings.auto.title"));
        title.setLabelFor(list);
        Button support = new Button(messages.get("settings.support"));
        support.setId("saveSupportInfo");
        support.setOnAction(e -> vm.saveSupportInfo(getClass().getPackage().getImplementationVersion() == null ? "dev"
                : getClass().getPackage().getImplementationVersion()));
        return new VBox(6, title, list, new HBox(8, restoreAuto, support));
    }
}
