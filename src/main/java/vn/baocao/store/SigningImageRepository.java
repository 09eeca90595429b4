package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registered signature and seal images (PNG bytes and printed size), one per kind and owner. */
public final class SigningImageRepository {
    /** SIGNATURE: a signer's handwritten signature; SEAL: the unit's seal. */
    public enum Kind { SIGNATURE, SEAL }

    public record SigningImage(Kind kind, String owner, byte[] png, double widthMm, double heightMm, String registeredAt) {
    }

    private final Connection c;

    public SigningImageRepository(Connection connection) {
        this.c = connection;
    }

    /** Registers the image, replacing an earlier one of the same kind and owner. */
    public void put(Kind kind, String owner, byte[] png, double widthMm, double heightMm) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signing_image (kind, owner, png, width_mm, height_mm, "
                + "registered_at) VALUES (?,?,?,?,?,?) ON CONFLICT(kind, owner) DO UPDATE SET png = excluded.png, "
                + "width_mm = excluded.width_mm, height_mm = excluded.height_mm, registered_at = excluded.registered_at")) {
            ps.setString(1, kind.name());
            ps.setString(2, owner);
            ps.setBytes(3, png);
            ps.setDouble(4, widthMm);
            ps.setDouble(5, heightMm);
            ps.setString(6, Clock.now());
            ps.executeUpdate();
        }
    }

    public Optional<SigningImage> get(Kind kind, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, owner, png, width_mm, height_mm, registered_at "
                + "FROM signing_image WHERE kind = ? AND owner = ?")) {
            ps.setString(1, kind.name());
            ps.setString(2, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public List<SigningImage> list() throws SQLException {
        List<SigningImage> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, owner, png, width_mm, height_mm, registered_at "
                + "FROM signing_image ORDER BY kind, owner");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(row(rs));
            }
        }
        return all;
    }

    public boolean remove(Kind kind, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM signing_image WHERE kind = ? AND owner = ?")) {
            ps.setString(1, kind.name());
            ps.setString(2, owner);
            return ps.executeUpdate() > 0;
        }
    }

    private static SigningImage row(ResultSet rs) throws SQLException {
        return new SigningImage(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getBytes(3), rs.getDouble(4),
                rs.getDouble(5), rs.getString(6));
    }
}
