package vn.baocao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.domain.FigureKey;
import vn.baocao.domain.Period;

/**
 * The figures and targets already stored for some areas and periods, read in two queries, for an import preview
 * (NEW / CHANGED / UNCHANGED, and whether a stored value was entered by hand).
 */
public final class StoredFigures {
    /**
     * One stored row. {@code discriminator} is the observation kind or the target issuer; {@code batchId} is null
     * when the row was not written by an import (entered by hand, demo data, or restored to such a row).
     */
    public record Stored(String indicator, String area, Period period, String discriminator, BigDecimal value,
                         String qualifier, String textAsWritten, String source, Long batchId) {
        public boolean fromImport() {
            return batchId != null;
        }
    }

    private final Map<FigureKey, Stored> observations = new HashMap<>();
    private final Map<FigureKey, Stored> targets = new HashMap<>();

    private StoredFigures() {
    }

    public static StoredFigures load(Connection c, Collection<String> areaCodes, Collection<Period> periods)
            throws SQLException {
        StoredFigures figures = new StoredFigures();
        if (areaCodes.isEmpty() || periods.isEmpty()) {
            return figures;
        }
        figures.read(c, "observation", "kind", "qualifier", areaCodes, periods, figures.observations);
        figures.read(c, "target", "issuer", "comparator", areaCodes, periods, figures.targets);
        return figures;
    }

    private void read(Connection c, String table, String disc, String qualifierColumn, Collection<String> areas,
            Collection<Period> periods, Map<FigureKey, Stored> into) throws SQLException {
        String sql = "SELECT i.code AS indicator, a.code AS area, p.code AS period, t." + disc + " AS disc, t.value, t."
                + qualifierColumn + " AS qualifier, t.text_as_written, t.source, t.batch_id FROM " + table + " t "
                + "JOIN indicator i ON i.id = t.indicator_id JOIN area a ON a.id = t.area_id "
                + "JOIN period p ON p.id = t.period_id " + SqlLists.areaPeriodFilter(areas, periods);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlLists.bindAreasAndPeriods(ps, areas, periods);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long batch = rs.getLong("batch_id");
                    Long batchId = rs.wasNull() ? null : batch;
                    Period period = Period.parse(rs.getString("period"));
                    Stored s = new Stored(rs.getString("indicator"), rs.getString("area"), period,
                            rs.getString("disc"), Decimals.fromText(rs.getString("value")), rs.getString("qualifier"),
                            rs.getString("text_as_written"), rs.getString("source"), batchId);
                    into.put(new FigureKey(s.indicator(), s.area(), period, s.discriminator()), s);
                }
            }
        }
    }

    /** Equal when both hold exactly the same stored rows (used to tell that nothing changed since a preview). */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredFigures other && observations.equals(other.observations)
                && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return observations.size() * 31 + targets.size();
    }

    /** The stored figure for indicator, area, period and observation kind, or null. */
    public Stored observation(String indicator, String area, Period period, String kind) {
        return observations.isEmpty() ? null : observations.get(new FigureKey(indicator, area, period, kind));
    }

    /** The stored target for indicator, area, period and issuer, or null. */
    public Stored target(String indicator, String area, Period period, String issuer) {
        return targets.isEmpty() ? null : targets.get(new FigureKey(indicator, area, period, issuer));
    }
}
