package vn.baocao.app;

import java.sql.SQLException;
import vn.baocao.domain.InvalidNumberException;
import vn.baocao.store.StoreException;

/** Turns a failure into one Vietnamese sentence for the clerk. Store and domain messages are Vietnamese already. */
public final class ErrorMessages {
    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof SQLException sql && isLocked(sql)) {
                return messages.get("error.databaseBusy");
            }
            if (t instanceof StoreException || t instanceof InvalidNumberException
                    || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t instanceof java.io.IOException io) {
                return messages.format("error.file", io.getMessage());
            }
            t = t.getCause();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return messages.format("error.unexpected", detail);
    }

    private static boolean isLocked(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }
}
