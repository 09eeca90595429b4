package vn.baocao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.domain.Area;
import vn.baocao.domain.VietnameseText;

/** Finds the stored area a sheet names: "Xã Nấm Dẩn", "UBND xã Nấm Dẩn", "NẤM DẨN", or a code. */
public final class AreaNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(uy ban nhan dan |ubnd )?(xa|phuong|thi tran|huyen|thi xa|thanh pho|tinh|thon|ban|to dan pho) ");
    private final List<Area> areas;
    /** Folded name and folded "level name" of each area, computed once (a sheet may ask for every column). */
    private final String[] foldedNames;
    private final String[] foldedWithLevel;

    public AreaNames(List<Area> areas) {
        this.areas = List.copyOf(areas);
        this.foldedNames = new String[this.areas.size()];
        this.foldedWithLevel = new String[this.areas.size()];
        for (int i = 0; i < this.areas.size(); i++) {
            Area a = this.areas.get(i);
            foldedNames[i] = VietnameseText.fold(a.name());
            foldedWithLevel[i] = VietnameseText.fold(a.level().label() + " " + a.name());
        }
    }

    /** Every area, in the order given (the choices of an area question). */
    public List<Area> all() {
        return areas;
    }

    /** The one area with this code or name, or null when none or several fit. */
    public Area find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Area a : areas) {
            if (a.code().equalsIgnoreCase(text.strip())) {
                return a;
            }
        }
        String folded = VietnameseText.fold(text);
        String bare = PREFIX.matcher(folded).replaceFirst("");
        List<Area> matches = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (foldedWithLevel[i].equals(folded)) {
                return areas.get(i);
            }
            if (foldedNames[i].equals(bare)) {
                matches.add(areas.get(i));
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
