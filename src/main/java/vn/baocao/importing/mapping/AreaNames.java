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

    public AreaNames(List<Area> areas) {
        this.areas = List.copyOf(areas);
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
        for (Area a : areas) {
            String name = VietnameseText.fold(a.name());
            String withLevel = VietnameseText.fold(a.level().label() + " " + a.name());
            if (withLevel.equals(folded)) {
                return a;
            }
            if (name.equals(bare)) {
                matches.add(a);
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
