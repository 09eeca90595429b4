package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.SourceDocument;

/** The documents plans come from (table source_document), each stored once, and the targets' links to them. */
public final class SourceDocumentRepository {
    private final Connection c;

    public SourceDocumentRepository(Connection connection) {
        this.c = connection;
    }

    /** The id of the document with this citation, stored on first use. */
    public long ensure(SourceDocument d) throws SQLException {
        Long id = Ids.find(c, "SELECT id FROM source_document WHERE citation = ?", d.citation());
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_document (issuer, kind, number, date, summary, citation) "
                + "VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, d.issuer());
            ps.setString(2, d.kind());
            ps.setString(3, d.number());
            ps.setString(4, d.date() == null ? null : d.date().toString());
            ps.setString(5, d.summary());
            ps.setString(6, d.citation());
            ps.executeUpdate();
        }
        return Ids.find(c, "SELECT id FROM source_document WHERE citation = ?", d.citation());
    }

    /** Every stored document, by citation. */
    public List<SourceDocument> all() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_document ORDER BY date DESC, citation")) {
            return read(ps);
        }
    }

    /** Links a stored target to its document (null removes the link); false when there is no such target. */
    public boolean link(String indicatorCode, String areaCode, Period period, Issuer issuer, SourceDocument d) throws SQLException {
        Long docId = d == null ? null : ensure(d);
        try (PreparedStatement ps = c.prepareStatement("UPDATE target SET source_document_id = ? WHERE "
                + "indicator_id = (SELECT id FROM indicator WHERE code = ?) AND area_id = (SELECT id FROM area WHERE code = ?) "
                + "AND period_id = (SELECT id FROM period WHERE code = ?) AND issuer = ?")) {
            if (docId == null) {
                ps.setNull(1, java.sql.Types.INTEGER);
            } else {
                ps.setLong(1, docId);
            }
            ps.setString(2, indicatorCode);
            ps.setString(3, areaCode);
            ps.setString(4, period.code());
            ps.setString(5, issuer.name());
            return ps.executeUpdate() == 1;
        }
    }

    /** The documents of one area's targets in a period, by "indicator|issuer". */
    public Map<String, SourceDocument> ofTargets(String areaCode, Period period) throws SQLException {
        Map<String, SourceDocument> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.code AS indicator, t.issuer AS target_issuer, d.* FROM target t "
                + "JOIN source_document d ON d.id = t.source_document_id JOIN indicator i ON i.id = t.indicator_id "
                + "JOIN area a ON a.id = t.area_id JOIN period p ON p.id = t.period_id WHERE a.code = ? AND p.code = ?")) {
            ps.setString(1, areaCode);
            ps.setString(2, period.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("indicator") + "|" + rs.getString("target_issuer"), document(rs));
                }
            }
        }
        return out;
    }

    public Optional<SourceDocument> ofTarget(String indicatorCode, String areaCode, Period period, Issuer issuer) throws SQLException {
        return Optional.ofNullable(ofTargets(areaCode, period).get(indicatorCode + "|" + issuer.name()));
    }

    private static List<SourceDocument> read(PreparedStatement ps) throws SQLException {
        List<SourceDocument> out = new java.util.ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(document(rs));
            }
        }
        return out;
    }

    private static SourceDocument document(ResultSet rs) throws SQLException {
        String date = rs.getString("date");
        return new SourceDocument(rs.getString("kind"), rs.getString("number"), date == null ? null : LocalDate.parse(date),
                rs.getString("issuer"), rs.getString("summary"), rs.getString("citation"));
    }
}
