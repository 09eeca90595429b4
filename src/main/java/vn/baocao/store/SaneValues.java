package vn.baocao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.domain.Indicator;
import vn.baocao.domain.Observation;
import vn.baocao.domain.Period;
import vn.baocao.domain.Target;
import vn.baocao.domain.ValueSanity;
import vn.baocao.store.text.StoreText;

/**
 * Applies {@link ValueSanity} where figures are written, so that no path (the command line, the grid, an import)
 * can store an absurd value: a refusal becomes a {@link StoreException} naming the indicator, area and period
 * (the transaction then writes nothing), "-0" becomes 0. Warnings are the caller's to show.
 */
final class SaneValues {
    private final Connection c;
    private final Map<String, Indicator> indicators = new HashMap<>();

    SaneValues(Connection c) {
        this.c = c;
    }

    Observation observation(Observation o) throws SQLException {
        BigDecimal value = sane(o.indicatorCode(), o.areaCode(), o.period(), o.value(), false);
        String text = o.textAsWritten();
        if (value != null && value.signum() == 0 && text != null && text.strip().startsWith("-")) {
            text = text.strip().substring(1).strip(); // "-0" as written would print as "-0" in a report
        }
        if (value == o.value() && text == o.textAsWritten()) {
            return o;
        }
        return new Observation(o.indicatorCode(), o.areaCode(), o.period(), o.kind(), value, o.qualifier(), o.numerator(),
                o.denominator(), text, o.pctAsWritten(), o.changeAsWritten(), o.note(), o.source());
    }

    Target target(Target t) throws SQLException {
        BigDecimal value = sane(t.indicatorCode(), t.areaCode(), t.period(), t.value(), true);
        BigDecimal high = sane(t.indicatorCode(), t.areaCode(), t.period(), t.valueHigh(), true);
        if (value == t.value() && high == t.valueHigh()) {
            return t;
        }
        return new Target(t.indicatorCode(), t.areaCode(), t.period(), t.issuer(), t.comparator(), value, high,
                t.textAsWritten());
    }

    /** {@code target}: the value is a plan target, not a figure (named so only in a refusal). */
    private BigDecimal sane(String code, String area, Period period, BigDecimal value, boolean target)
            throws SQLException {
        if (value == null) {
            return null;
        }
        Indicator indicator = indicators.get(code);
        if (indicator == null) {
            indicator = new CatalogRepository(c).require(code);
            indicators.put(code, indicator);
        }
        ValueSanity.Check check = ValueSanity.refusalOnly(indicator, value);
        if (check.refused()) {
            throw new StoreException(StoreText.get("saneValues.khongGhiDiaBan", target ? StoreText.get("saneValues.keHoach") : StoreText.get("saneValues.soLieu"), code, indicator.name(), area, period.label(), check.refusal()));
        }
        return check.value();
    }
}
