package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The root certificates the clerk imported to check signatures against (DER bytes, keyed by their SHA-256). */
public final class TrustAnchorRepository {
    public record Anchor(String sha256, String subject, String notAfter, byte[] der, String importedAt) {
    }

    private final Connection c;

    public TrustAnchorRepository(Connection connection) {
        this.c = connection;
    }

    /** Adds the certificate; false when it was already there. */
    public boolean add(String sha256, String subject, String notAfter, byte[] der) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trust_anchor (sha256, subject, not_after, der, "
                + "imported_at) VALUES (?,?,?,?,?) ON CONFLICT(sha256) DO NOTHING")) {
            ps.setString(1, sha256);
            ps.setString(2, subject);
            ps.setString(3, notAfter);
            ps.setBytes(4, der);
            ps.setString(5, Clock.now());
            return ps.executeUpdate() > 0;
        }
    }

    public List<Anchor> list() throws SQLException {
        List<Anchor> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, subject, not_after, der, imported_at "
                + "FROM trust_anchor ORDER BY subject");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new Anchor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5)));
            }
        }
        return all;
    }

    /** Removes the certificates whose SHA-256 starts with {@code prefix}; returns how many. */
    public int remove(String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM trust_anchor WHERE sha256 LIKE ? || '%'")) {
            ps.setString(1, prefix.toLowerCase(java.util.Locale.ROOT));
            return ps.executeUpdate();
        }
    }
}
