package vn.baocao.app.data;

import java.math.BigDecimal;

/** One point of the trend chart: a period's code and its figure. */
public record TrendPoint(String periodCode, BigDecimal value) {
}
