package vn.baocao.render.layout;

/** Unit conversions shared by the renderers. */
public final class Units {
    private Units() {
    }

    public static double mmToPt(double mm) {
        return mm * 72.0 / 25.4;
    }

    public static double cmToPt(double cm) {
        return mmToPt(cm * 10);
    }

    /** Twentieths of a point, Word's unit. */
    public static long ptToTwips(double pt) {
        return Math.round(pt * 20);
    }

    /** Eighths of a point, Word's unit of border width. */
    public static long ptToEighths(double pt) {
        return Math.round(pt * 8);
    }

    public static long mmToTwips(double mm) {
        return ptToTwips(mmToPt(mm));
    }

    public static long cmToTwips(double cm) {
        return mmToTwips(cm * 10);
    }
}
