package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.domain.Observation;
import vn.baocao.domain.ObservationKind;
import vn.baocao.domain.Period;
import vn.baocao.domain.Qualifier;
import vn.baocao.domain.VietnameseText;

/** Figures, one per indicator, area, period and kind; every change is written to the audit log. */
public final class ObservationRepository {
    static final AuditedTable TABLE = new AuditedTable("observation", "kind", List.of("value", "qualifier", "numerator",
            "denominator", "text_as_written", "pct_as_written", "change_as_written", "note", "source"));
    private static final String SELECT = "SELECT i.code AS indicator, a.code AS area, p.code AS period, o.* "
            + "FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id "
            + "JOIN period p ON p.id = o.period_id ";

    private final Connection c;

    public ObservationRepository(Connection connection) {
        this.c = connection;
    }

    /** Figures of the given areas and periods (all kinds). */
    public List<Observation> find(Collection<String> areaCodes, Collection<Period> periods) throws SQLException {
        if (areaCodes.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + SqlLists.areaPeriodFilter(areaCodes, periods) + "ORDER BY i.sort_order, i.code, p.code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlLists.bindAreasAndPeriods(ps, areaCodes, periods);
            return readAll(ps);
        }
    }

    /** All figures of one indicator in one area, over every period, oldest first. */
    public List<Observation> history(String indicatorCode, String areaCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE i.code = ? AND a.code = ? ORDER BY p.end_date")) {
            ps.setString(1, indicatorCode);
            ps.setString(2, areaCode);
            return readAll(ps);
        }
    }

    public Optional<Observation> find(String indicatorCode, String areaCode, Period period, ObservationKind kind)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE i.code = ? AND a.code = ? AND p.code = ? AND o.kind = ?")) {
            ps.setString(1, indicatorCode);
            ps.setString(2, areaCode);
            ps.setString(3, period.code());
            ps.setString(4, kind.name());
            List<Observation> list = readAll(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    /** Saves a figure (matched by indicator, area, period and kind), audited; batchId marks an import. */
    public WriteResult save(Observation o, Long batchId) throws SQLException {
        o = new SaneValues(c).observation(o);
        return TABLE.save(c, o.indicatorCode(), o.areaCode(), o.period(), o.kind().name(), data(o), batchId);
    }

    /** Removes a figure, audited. */
    public WriteResult delete(String indicatorCode, String areaCode, Period period, ObservationKind kind, Long batchId)
            throws SQLException {
        return TABLE.delete(c, indicatorCode, areaCode, period, kind.name(), batchId);
    }

    static Map<String, String> data(Observation o) {
        return TABLE.byColumn(dataValues(o));
    }

    /** The data columns of a figure as stored, in {@link #TABLE}'s column order. */
    static String[] dataValues(Observation o) {
        return new String[] {Decimals.toText(o.value()), o.qualifier().name(), Decimals.toText(o.numerator()),
            Decimals.toText(o.denominator()), VietnameseText.nfc(o.textAsWritten()), VietnameseText.nfc(o.pctAsWritten()),
            VietnameseText.nfc(o.changeAsWritten()), VietnameseText.nfc(o.note()), VietnameseText.nfc(o.source())};
    }

    /**
     * Reads the rows of {@link #SELECT}. Columns are looked up by name once per result set and each period code is
     * parsed once: a province's yearly roll-up reads some 100 000 rows, and per row those were most of the cost.
     */
    private static List<Observation> readAll(PreparedStatement ps) throws SQLException {
        List<Observation> list = new ArrayList<>();
        Map<String, Period> periods = new java.util.HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            int indicator = rs.findColumn("indicator");
            int area = rs.findColumn("area");
            int period = rs.findColumn("period");
            int kind = rs.findColumn("kind");
            int value = rs.findColumn("value");
            int qualifier = rs.findColumn("qualifier");
            int numerator = rs.findColumn("numerator");
            int denominator = rs.findColumn("denominator");
            int text = rs.findColumn("text_as_written");
            int pct = rs.findColumn("pct_as_written");
            int change = rs.findColumn("change_as_written");
            int note = rs.findColumn("note");
            int source = rs.findColumn("source");
            while (rs.next()) {
                list.add(new Observation(rs.getString(indicator), rs.getString(area),
                        periods.computeIfAbsent(rs.getString(period), Period::parse),
                        ObservationKind.valueOf(rs.getString(kind)), Decimals.fromText(rs.getString(value)),
                        Qualifier.valueOf(rs.getString(qualifier)), Decimals.fromText(rs.getString(numerator)),
                        Decimals.fromText(rs.getString(denominator)), rs.getString(text), rs.getString(pct),
                        rs.getString(change), rs.getString(note), rs.getString(source)));
            }
        }
        return list;
    }
}
