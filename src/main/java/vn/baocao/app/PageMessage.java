package vn.baocao.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The one-line message a page shows under its work: what just happened, or what went wrong. */
public final class PageMessage {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final BooleanProperty error = new SimpleBooleanProperty(false);

    public void info(String message) {
        text.set(message);
        error.set(false);
    }

    public void error(String message) {
        text.set(message);
        error.set(true);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public BooleanProperty errorProperty() {
        return error;
    }
}
