package vn.baocao.app.imports;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.baocao.domain.Area;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.importing.plan.ImportRequest;

/**
 * What the clerk chose for the import besides the answers: the sheet, the area and period for figures the file
 * does not place, who issued the plan columns, and whether to skip erroneous rows or overwrite hand-entered values.
 * A change of sheet, area, issuer or (once it is a whole period code) period asks for the check to run again.
 */
public final class ImportChoices {
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final StringProperty periodCode = new SimpleStringProperty("");
    private final ObjectProperty<Issuer> planIssuer = new SimpleObjectProperty<>(Issuer.NQ_HDND);
    private final BooleanProperty skipErroneousRows = new SimpleBooleanProperty(false);
    private final BooleanProperty overwriteManual = new SimpleBooleanProperty(false);
    private boolean quiet;

    /** Runs {@code recheck} when a choice the dry run depends on changes (not while set by the program). */
    void onChange(Runnable recheck) {
        sheet.addListener((o, a, s) -> {
            if (!quiet && s != null && !s.equals(a)) {
                recheck.run();
            }
        });
        area.addListener((o, a, n) -> changed(recheck));
        planIssuer.addListener((o, a, n) -> changed(recheck));
        periodCode.addListener((o, a, n) -> {
            String code = n == null ? "" : n.strip();
            if (code.isEmpty() || isPeriod(code)) {
                changed(recheck);
            }
        });
    }

    private void changed(Runnable recheck) {
        if (!quiet) {
            recheck.run();
        }
    }

    private static boolean isPeriod(String code) {
        try {
            Period.parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Sets the sheet list and the sheet shown without running the check again. */
    void showSheets(List<String> names, String current) {
        quiet = true;
        try {
            if (names != null) {
                sheets.setAll(names);
            }
            sheet.set(current);
        } finally {
            quiet = false;
        }
    }

    /** The request with these choices; IllegalArgumentException (its message Vietnamese) for a bad period code. */
    ImportRequest apply(ImportRequest request) {
        String code = periodCode.get() == null ? "" : periodCode.get().strip();
        Period p = code.isEmpty() ? null : Period.parse(code);
        return request.withSheet(sheet.get()).withArea(area.get() == null ? null : area.get().code()).withPeriod(p)
                .withPlanIssuer(planIssuer.get()).withSkipErroneousRows(skipErroneousRows.get())
                .withOverwriteManual(overwriteManual.get());
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty periodCodeProperty() {
        return periodCode;
    }

    public ObjectProperty<Issuer> planIssuerProperty() {
        return planIssuer;
    }

    public List<Issuer> issuers() {
        return List.of(Issuer.values());
    }

    public BooleanProperty skipErroneousRowsProperty() {
        return skipErroneousRows;
    }

    public BooleanProperty overwriteManualProperty() {
        return overwriteManual;
    }
}
