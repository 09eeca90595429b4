package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.baocao.domain.text.DomainText;

/**
 * Ordered assessment bands, best first, that together cover every percent: the first band has no upper bound, the
 * last no lower bound, and each band starts where the next one ends. Editable per report.
 */
public record BandScheme(List<Band> bands) {

    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    public BandScheme {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException(DomainText.get("bandScheme.canItNhatMot"));
        }
        if (bands.get(0).upperExclusive() != null || bands.get(bands.size() - 1).lowerInclusive() != null) {
            throw new IllegalArgumentException(DomainText.get("bandScheme.nhomDauKhongDuoc"));
        }
        for (int i = 0; i + 1 < bands.size(); i++) {
            BigDecimal lower = bands.get(i).lowerInclusive();
            BigDecimal nextUpper = bands.get(i + 1).upperExclusive();
            if (lower == null || nextUpper == null || lower.compareTo(nextUpper) != 0) {
                throw new IllegalArgumentException(DomainText.get("bandScheme.nhomPhaiBatDau", bands.get(i).label(), bands.get(i + 1).label()));
            }
        }
    }

    /** Seed 004's scheme: ≥100, 80–&lt;100, 50–&lt;80, &lt;50. */
    public static BandScheme defaultScheme() {
        return new BandScheme(List.of(
                new Band(VietnameseNumbers.HUNDRED, null, DomainText.get("bandScheme.datVaVuotKe"), DomainText.get("bandScheme.cacChiTieuDat")),
                new Band(EIGHTY, VietnameseNumbers.HUNDRED, DomainText.get("bandScheme.datTu80Den"),
                        DomainText.get("bandScheme.cacChiTieuDat2")),
                new Band(FIFTY, EIGHTY, DomainText.get("bandScheme.datTu50Den"), DomainText.get("bandScheme.cacChiTieuDat3")),
                new Band(null, FIFTY, DomainText.get("bandScheme.datDuoi50Ke"), DomainText.get("bandScheme.cacChiTieuDat4"))));
    }

    /** The band holding this percent (always one, since the bands cover everything). */
    public Band bandFor(BigDecimal percent) {
        for (Band b : bands) {
            if (b.contains(percent)) {
                return b;
            }
        }
        throw new IllegalStateException("unreachable: bands cover every value");
    }

    /**
     * The band of an assessed indicator, using {@link Assessment#classificationPercent()} (a met ceiling counts as
     * ≥100; a missed strict target never lands at ≥100). Empty when the indicator has no verdict or no percent.
     */
    public Optional<Band> classify(Assessment assessment) {
        BigDecimal p = assessment.classificationPercent();
        return p == null ? Optional.empty() : Optional.of(bandFor(p));
    }

    /**
     * Groups items into the bands, keeping every band (empty ones too, so a caller can decide to omit them) and listing
     * the items that could not be classified. Shares are out of all items given.
     */
    public <T> BandCount<T> count(List<T> items, Function<T, Assessment> assessmentOf) {
        Map<Band, List<T>> members = new LinkedHashMap<>();
        bands.forEach(b -> members.put(b, new ArrayList<>()));
        List<T> unclassified = new ArrayList<>();
        for (T item : items) {
            Optional<Band> band = classify(assessmentOf.apply(item));
            if (band.isPresent()) {
                members.get(band.get()).add(item);
            } else {
                unclassified.add(item);
            }
        }
        List<BandGroup<T>> groups = new ArrayList<>();
        members.forEach((b, list) -> groups.add(new BandGroup<>(b, list, items.size())));
        return new BandCount<>(groups, unclassified, items.size());
    }
}
