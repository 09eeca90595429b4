package vn.baocao.app.start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import vn.baocao.app.AreaText;
import vn.baocao.app.main.HelpWindow;
import vn.baocao.app.Messages;
import javafx.scene.layout.StackPane;
import vn.baocao.app.areas.AreaStore;
import vn.baocao.app.areas.AreasView;
import vn.baocao.app.areas.AreasViewModel;
import vn.baocao.app.areas.MyUnitView;
import vn.baocao.app.areas.MyUnitViewModel;
import vn.baocao.app.catalog.CatalogStore;
import vn.baocao.app.catalog.CatalogView;
import vn.baocao.app.catalog.CatalogViewModel;
import vn.baocao.app.data.DataStore;
import vn.baocao.app.data.DataView;
import vn.baocao.app.data.DataViewModel;
import vn.baocao.app.data.IndicatorAssessments;
import vn.baocao.app.data.ServiceAssessments;
import vn.baocao.app.dialog.DialogService;
import vn.baocao.app.imports.ImportStore;
import vn.baocao.app.imports.ImportView;
import vn.baocao.app.imports.ImportViewModel;
import vn.baocao.app.main.MainView;
import vn.baocao.app.main.MainViewModel;
import vn.baocao.app.main.Page;
import vn.baocao.app.report.DesktopFileOpener;
import vn.baocao.app.report.ReportStore;
import vn.baocao.app.report.ReportView;
import vn.baocao.app.report.ReportViewModel;
import vn.baocao.app.settings.SettingsStore;
import vn.baocao.app.settings.SettingsView;
import vn.baocao.app.settings.SettingsViewModel;
import vn.baocao.app.verify.SignatureCheckView;
import vn.baocao.app.verify.SignatureCheckViewModel;
import vn.baocao.app.task.FxTaskRunner;
import vn.baocao.store.AutoBackups;
import vn.baocao.store.Database;
import vn.baocao.store.DemoDataset;

/**
 * The one place where the application is wired: the database, the services over it, the view models (each given
 * the task runner and the dialog service) and the views. Nothing else creates a service or a view model.
 */
public final class CompositionRoot implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompositionRoot.class);
    private final Database db;
    private final Messages messages;
    private final FxTaskRunner runner;
    private final MainViewModel main;
    private final DataViewModel data;
    private final CatalogViewModel catalog;
    private final SettingsViewModel settings;
    private final SignatureCheckViewModel signatures;
    private final ReportViewModel report;
    private final ImportViewModel imports;
    private final MyUnitViewModel myUnit;
    /** Whether the 2025 demo is in the database: the status bar then says "DỮ LIỆU MẪU" on every page. */
    private final javafx.beans.property.BooleanProperty sampleData = new javafx.beans.property.SimpleBooleanProperty(false);
    private final AreasViewModel areas;

    public CompositionRoot(Database db, Messages messages, FxTaskRunner runner, DialogService dialogs) {
        this.db = db;
        this.messages = messages;
        this.runner = runner;
        SettingsStore settingsStore = new SettingsStore(db);
        settingsStore.load();
        IndicatorAssessments assessments = new ServiceAssessments(db);
        this.data = new DataViewModel(new DataStore(db), assessments, runner, dialogs, messages,
                () -> settingsStore.current().assessmentOptions());
        this.catalog = new CatalogViewModel(new CatalogStore(db), runner, dialogs, messages);
        this.settings = new SettingsViewModel(settingsStore, runner, dialogs, messages, LocalDateTime::now);
        this.report = new ReportViewModel(new ReportStore(db), runner, dialogs, messages, settingsStore::current,
                new DesktopFileOpener());
        this.imports = new ImportViewModel(new ImportStore(db), runner, dialogs, messages);
        this.main = new MainViewModel(messages, runner, dialogs, db.file(), progress -> DemoDataset.load(db));
        this.signatures = new SignatureCheckViewModel(db, runner, dialogs, messages);
        main.onCheckSignatures(signatures::show);
        AreaStore areaStore = new AreaStore(db);
        this.myUnit = new MyUnitViewModel(areaStore, runner, messages);
        this.areas = new AreasViewModel(areaStore, runner, messages);

        main.readOnly(db.readOnlyReason());
        main.bindAreaPeriod(Bindings.createStringBinding(() -> {
            String area = AreaText.of(data.areaProperty().get());
            String period = data.periodProperty().get() == null ? "" : data.periodProperty().get().label();
            String text = messages.format("status.areaPeriod", area, period);
            return sampleData.get() ? text + " · " + messages.get("status.demo") : text;
        }, data.areaProperty(), data.periodProperty(), sampleData));
        main.onUndoRedo(data::undo, data::redo);
        main.onSave(Page.CATALOG, catalog::save);
        main.onSave(Page.SETTINGS, settings::save);
        main.onSave(Page.REPORT, report::save);
        Runnable reloadAll = () -> {
            data.initialize();
            catalog.load();
            report.load();
            imports.load();
        };
        main.onDataChanged(() -> {
            reloadAll.run();
            areas.load();
            myUnit.load();
            readSampleFlag();
        });
        // "Đơn vị của tôi" (issue 13): the data page opens on the chosen unit; Cài đặt opens the page again.
        myUnit.onChosen(() -> {
            data.initialize();
            areas.load();
            report.load();
            report.settingsChanged();
        });
        areas.onChange(() -> {
            data.initialize();
            report.load();
        });
        settings.onShowUnit(myUnit::show);
        main.onDemo2025(progress -> {
            vn.baocao.document.demo.Demo2025.Summary s = vn.baocao.document.demo.Demo2025.load(db, java.time.LocalDate.now());
            return messages.format("demo2025.loaded", s.targets(), s.observations());
        });
        catalog.onChange(data::reload);
        settings.onSaved(() -> {
            data.reload();
            report.settingsChanged(); // offered to the open report, never applied by itself (issue 15)
        });
        settings.onRestored(reloadAll);
        imports.onImported(() -> {
            data.reload();
            catalog.load();
            report.load();
        });
    }

    /** Reads what every page shows: the Dữ liệu grid first, the other pages once its figures are in. */
    public void start() {
        data.initialize(this::loadOtherPages);
    }

    private void loadOtherPages() {
        catalog.load();
        settings.load();
        report.load();
        imports.load();
        myUnit.load();
        areas.load();
        readSampleFlag();
        runner.run(messages.get("task.dailyBackup"), p -> AutoBackups.of(db).dailyIfDue(LocalDate.now()),
                made -> settings.loadAutoBackups(),
                e -> LOG.warn("Chưa tạo được bản sao lưu tự động hằng ngày", e));
    }

    private void readSampleFlag() {
        runner.run(messages.get("areas.task.load"), p -> db.read(c -> new vn.baocao.store.SettingsRepository(c)
                .get(vn.baocao.document.demo.Demo2025.LOADED_SETTING).isPresent()), sampleData::set, e -> { });
    }

    /** The main view, with the "Đơn vị của tôi" page over it when shown (first start, or from Cài đặt). */
    public Parent mainView(Runnable exit) {
        HelpWindow help = new HelpWindow(messages, () -> null);
        return new StackPane(new MainView(main, messages, runner, this::page, exit, help::show), new MyUnitView(myUnit, messages),
                new SignatureCheckView(signatures, messages));
    }

    private Node page(Page page) {
        return switch (page) {
            case DATA -> new DataView(data, messages);
            case CATALOG -> new CatalogView(catalog, messages, new AreasView(areas, messages));
            case SETTINGS -> new SettingsView(settings, messages);
            case REPORT -> new ReportView(report, messages);
            case IMPORT -> new ImportView(imports, messages, runner);
        };
    }

    /** The runner of the window's background work (the smoke run watches it go idle). */
    FxTaskRunner runner() {
        return runner;
    }

    public Database database() {
        return db;
    }

    public MainViewModel main() {
        return main;
    }

    public DataViewModel data() {
        return data;
    }

    public MyUnitViewModel myUnit() {
        return myUnit;
    }

    public AreasViewModel areas() {
        return areas;
    }

    public CatalogViewModel catalog() {
        return catalog;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public SignatureCheckViewModel signatures() {
        return signatures;
    }

    public ReportViewModel report() {
        return report;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public Path databaseFile() {
        return db.file();
    }

    @Override
    public void close() {
        try {
            // Quitting (Ctrl+Q, the window's close box) keeps the report being edited.
            report().keepDraft();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CompositionRoot.class).warn("Không lưu được bản đang soạn khi thoát", e);
        }
        runner.close();
        db.close();
    }
}
