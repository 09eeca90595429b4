package vn.baocao.store;

import java.util.List;
import vn.baocao.domain.Issuer;
import vn.baocao.domain.Period;

/**
 * A report as kept in the {@code report} table: which template, area, period and issuer, the chosen indicators, the
 * header and choices ({@code settingsJson}) and the clerk's text ({@code bodyJson}, a document file). The JSON is
 * read and written by the document layer; the store keeps it as text.
 *
 * @param id 0 for a report not yet saved
 */
public record StoredReport(long id, String name, String template, String areaCode, Period period, Issuer issuer,
                           String settingsJson, String bodyJson, List<String> indicatorCodes, String createdAt,
                           String updatedAt) {
    public StoredReport {
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        settingsJson = settingsJson == null ? "{}" : settingsJson;
        bodyJson = bodyJson == null ? "{}" : bodyJson;
    }

    public StoredReport withSettings(String json) {
        return new StoredReport(id, name, template, areaCode, period, issuer, json, bodyJson, indicatorCodes, createdAt, updatedAt);
    }

    public StoredReport withBody(String json) {
        return new StoredReport(id, name, template, areaCode, period, issuer, settingsJson, json, indicatorCodes, createdAt, updatedAt);
    }
}
