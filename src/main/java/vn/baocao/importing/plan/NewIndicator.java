package vn.baocao.importing.plan;

/** An indicator the commit adds to the catalog, for a row the clerk chose to add. */
public record NewIndicator(String code, String name, String unit, String cell) {
}
