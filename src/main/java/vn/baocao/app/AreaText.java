package vn.baocao.app;

import vn.baocao.domain.Area;

/** How the window names an area: "Huyện Xín Mần", "Xã Cốc Pài" (the level capitalised at the start of a label). */
public final class AreaText {
    private AreaText() {
    }

    public static String of(Area area) {
        if (area == null) {
            return "";
        }
        String level = area.level().label();
        String text = level.isEmpty() ? area.name() : level + " " + area.name();
        return text.substring(0, 1).toUpperCase(Messages.VIETNAMESE) + text.substring(1);
    }
}
