package vn.baocao.importing.mapping;

/**
 * Whether two units measure different things, on folded units (the units and their measures are
 * {@link UnitScales}'): a row in ha is not an indicator in tấn.
 */
final class UnitKinds {
    private UnitKinds() {
    }

    /** True when both units are known and of different measures. */
    static boolean differ(String unitKeyA, String unitKeyB) {
        UnitScales.Measure a = UnitScales.measureOf(unitKeyA);
        UnitScales.Measure b = UnitScales.measureOf(unitKeyB);
        return a != null && b != null && a != b;
    }
}
