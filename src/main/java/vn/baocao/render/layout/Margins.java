package vn.baocao.render.layout;

/** Page margins in millimetres. */
public record Margins(double topMm, double bottomMm, double leftMm, double rightMm) {
}
