package vn.baocao.document.compose;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.baocao.document.DocumentType;
import vn.baocao.store.SettingsRepository;

/**
 * The Nơi nhận the office keeps per document type (Cài đặt → "Nơi nhận theo loại văn bản"), in the "setting" table,
 * one line each. A new document of that type starts with them, in the window and on the command line alike.
 */
public final class OfficeRecipients {
    /** Followed by the document type's name (BAO_CAO, CONG_VAN …). */
    public static final String KEY_PREFIX = "baocao.recipients.";

    private OfficeRecipients() {
    }

    /** The saved lines for {@code type}; empty when none were saved. */
    public static List<String> read(Connection c, DocumentType type) throws SQLException {
        return new SettingsRepository(c).get(KEY_PREFIX + type.name()).orElse("").lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
