package vn.baocao.document.compose;

/** Where a district report takes its figures from. */
public enum FigureSource {
    /** The district's own figures; where the district has none, the sum of its communes. The default. */
    OWN_FIGURES,
    /** The sum of the communes by indicator kind (flows and stocks summed, rates recomputed), where computable. */
    COMMUNE_SUM
}
