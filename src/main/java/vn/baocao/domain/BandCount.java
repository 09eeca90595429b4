package vn.baocao.domain;

import java.util.List;
import vn.baocao.domain.text.DomainText;

/**
 * The result of sorting indicators into bands.
 *
 * @param groups one group per band, in the scheme's order, empty ones included
 * @param unclassified items without a verdict or a percent (not assessed, data missing, range targets missed)
 * @param total how many items were given; shares are out of this number
 */
public record BandCount<T>(List<BandGroup<T>> groups, List<T> unclassified, int total) {

    public BandCount {
        groups = List.copyOf(groups);
        unclassified = List.copyOf(unclassified);
    }

    /** The groups a report writes: empty bands are left out, as seed 004 left out "80 đến dưới 100%". */
    public List<BandGroup<T>> nonEmptyGroups() {
        return groups.stream().filter(g -> !g.isEmpty()).toList();
    }

    public BandGroup<T> group(Band band) {
        return groups.stream().filter(g -> g.band().equals(band)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(DomainText.get("bandCount.nhomKhongThuocBang", band.label())));
    }
}
