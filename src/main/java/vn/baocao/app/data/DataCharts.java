package vn.baocao.app.data;

import java.math.BigDecimal;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import vn.baocao.app.Messages;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.domain.VietnameseNumbers;

/** The trend of the selected indicator across periods, and how many indicators fell in each band. */
final class DataCharts {
    /** The row colours of the grid, stronger: đạt và vượt, 80–100, 50–80, dưới 50, chưa xếp nhóm. */
    private static final String[] BAND_COLOURS = {"#4caf50", "#e0b000", "#f08c00", "#d93025", "#9e9e9e"};

    private final LineChart<String, Number> trend;
    private final BarChart<Number, String> bands;

    DataCharts(DataViewModel vm, Messages messages) {
        CategoryAxis periods = new CategoryAxis();
        periods.setLabel(messages.get("chart.trend.periodAxis"));
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        values.setTickLabelFormatter(viNumbers());
        trend = new LineChart<>(periods, values);
        trend.setId("trendChart");
        trend.setAnimated(false);
        trend.setLegendVisible(false);
        trend.titleProperty().bind(vm.trendTitleProperty());
        trend.setMinHeight(180);
        XYChart.Series<String, Number> trendSeries = new XYChart.Series<>();
        trend.getData().add(trendSeries);
        vm.trend().addListener((ListChangeListener<TrendPoint>) c -> {
            trendSeries.getData().setAll(vm.trend().stream()
                    .map(p -> new XYChart.Data<String, Number>(p.periodCode(), p.value())).toList());
            periods.getCategories().setAll(vm.trend().stream().map(TrendPoint::periodCode).toList());
        });

        NumberAxis counts = new NumberAxis();
        counts.setLabel(messages.get("chart.bands.countAxis"));
        counts.setTickUnit(1);
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(wholeNumbersOnly());
        CategoryAxis bandAxis = new CategoryAxis();
        bands = new BarChart<>(counts, bandAxis);
        bands.setId("bandChart");
        bands.setAnimated(false);
        bands.setLegendVisible(false);
        bands.setTitle(messages.get("chart.bands.title"));
        bands.setMinHeight(180);
        bands.setCategoryGap(6);
        bands.setBarGap(0);
        XYChart.Series<Number, String> bandSeries = new XYChart.Series<>();
        bands.getData().add(bandSeries);
        vm.bands().addListener((ListChangeListener<BandSlice>) c -> {
            java.util.List<String> labels = new java.util.ArrayList<>(vm.bands().stream().map(BandSlice::label).toList());
            java.util.Collections.reverse(labels);
            bandAxis.getCategories().setAll(labels);
            bandSeries.getData().setAll(vm.bands().stream().map(b -> {
                XYChart.Data<Number, String> d = new XYChart.Data<>(b.count(), b.label());
                d.nodeProperty().addListener((o, old, node) -> {
                    if (node != null) {
                        // inline, because the theme's series colour outranks a style-sheet class
                        node.setStyle("-fx-background-color: " + BAND_COLOURS[b.rank() < 0 ? 4 : Math.min(b.rank(), 3)] + ";");
                    }
                });
                return d;
            }).toList());
        });
    }

    LineChart<String, Number> trend() {
        return trend;
    }

    BarChart<Number, String> bands() {
        return bands;
    }

    /** Counts of indicators: auto-ranging may place ticks at 0,5; those get no label. */
    private static StringConverter<Number> wholeNumbersOnly() {
        StringConverter<Number> numbers = viNumbers();
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null || n.doubleValue() != Math.rint(n.doubleValue()) ? "" : numbers.toString(n);
            }

            @Override
            public Number fromString(String s) {
                return numbers.fromString(s);
            }
        };
    }

    private static StringConverter<Number> viNumbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : VietnameseNumbers.formatTrimmed(new BigDecimal(n.toString()), 2, RoundingPolicy.HALF_UP);
            }

            @Override
            public Number fromString(String s) {
                return VietnameseNumbers.parseStrictValue(s);
            }
        };
    }
}
