package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Looks up a row id by a natural key, failing with the given Vietnamese message. */
final class Ids {
    private Ids() {
    }

    static Long find(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static long require(Connection c, String sql, String key, String message) throws SQLException {
        Long id = find(c, sql, key);
        if (id == null) {
            throw new StoreException(message);
        }
        return id;
    }
}
