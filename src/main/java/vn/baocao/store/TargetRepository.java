package vn.baocao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.domain.Comparator;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.domain.VietnameseText;

/** Plan targets: several per indicator, area and period, one per issuer; audited like figures. */
public final class TargetRepository {
    static final AuditedTable TABLE = new AuditedTable("target", "issuer",
            List.of("comparator", "value", "value_hi", "text_as_written", "source"));
    private static final String SELECT = "SELECT i.code AS indicator, a.code AS area, p.code AS period, t.* "
            + "FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN area a ON a.id = t.area_id "
            + "JOIN period p ON p.id = t.period_id ";

    private final Connection c;

    public TargetRepository(Connection connection) {
        this.c = connection;
    }

    /** Targets of the given areas and periods, every issuer. */
    public List<Target> find(Collection<String> areaCodes, Collection<Period> periods) throws SQLException {
        if (areaCodes.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + SqlLists.areaPeriodFilter(areaCodes, periods) + "ORDER BY i.sort_order, i.code, t.issuer";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlLists.bindAreasAndPeriods(ps, areaCodes, periods);
            return readAll(ps);
        }
    }

    public WriteResult save(Target t, Long batchId) throws SQLException {
        t = new SaneValues(c).target(t);
        return TABLE.save(c, t.indicatorCode(), t.areaCode(), t.period(), t.issuer().name(), data(t), batchId);
    }

    /** Saves a target with the document it comes from ("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của HĐND huyện"). */
    public WriteResult save(Target t, String source, Long batchId) throws SQLException {
        Map<String, String> row = data(t);
        row.put("source", VietnameseText.nfc(source));
        return TABLE.save(c, t.indicatorCode(), t.areaCode(), t.period(), t.issuer().name(), row, batchId);
    }

    /**
     * The source documents the targets of an area and periods cite, by issuer code in catalog order, each once
     * (a report's căn cứ): the registered document's citation when the target points to one, else its source text.
     */
    public Map<String, List<String>> sources(String areaCode, Collection<Period> periods) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (periods.isEmpty()) {
            return out;
        }
        String cited = "COALESCE(d.citation, t.source)";
        String sql = "SELECT t.issuer, " + cited + " FROM target t JOIN indicator i ON i.id = t.indicator_id "
                + "JOIN area a ON a.id = t.area_id JOIN period p ON p.id = t.period_id "
                + "LEFT JOIN source_document d ON d.id = t.source_document_id "
                + SqlLists.areaPeriodFilter(List.of(areaCode), periods)
                + "AND " + cited + " IS NOT NULL AND trim(" + cited + ") <> '' ORDER BY i.sort_order, i.code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlLists.bindAreasAndPeriods(ps, List.of(areaCode), periods);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> list = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    String source = rs.getString(2).strip();
                    if (!list.contains(source)) {
                        list.add(source);
                    }
                }
            }
        }
        return out;
    }

    static Map<String, String> data(Target t) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("comparator", t.comparator().name());
        row.put("value", Decimals.toText(t.value()));
        row.put("value_hi", Decimals.toText(t.valueHigh()));
        row.put("text_as_written", VietnameseText.nfc(t.textAsWritten()));
        row.put("source", null);
        return row;
    }

    public WriteResult delete(String indicatorCode, String areaCode, Period period, Issuer issuer, Long batchId)
            throws SQLException {
        return TABLE.delete(c, indicatorCode, areaCode, period, issuer.name(), batchId);
    }

    private static List<Target> readAll(PreparedStatement ps) throws SQLException {
        List<Target> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Target(rs.getString("indicator"), rs.getString("area"), Period.parse(rs.getString("period")),
                        Issuer.valueOf(rs.getString("issuer")), Comparator.valueOf(rs.getString("comparator")),
                        Decimals.fromText(rs.getString("value")), Decimals.fromText(rs.getString("value_hi")),
                        rs.getString("text_as_written")));
            }
        }
        return list;
    }
}
