package vn.baocao.document.compose;

import vn.baocao.domain.MismatchFlag;

/**
 * One thing the clerk should look at before export.
 *
 * @param key stable identifier, stored when the clerk accepts the item ("THIEU_CUNG_KY:BH03")
 * @param indicatorCode the indicator concerned
 * @param message Vietnamese
 * @param accepted whether the clerk accepted it for this report
 */
public record ReviewItem(String key, MismatchFlag.Severity severity, String indicatorCode, String message, boolean accepted) {
}
