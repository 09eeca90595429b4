package vn.baocao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
            throw new IllegalArgumentException("Cần ít nhất một nhóm đánh giá");
        }
        if (bands.get(0).upperExclusive() != null || bands.get(bands.size() - 1).lowerInclusive() != null) {
            throw new IllegalArgumentException("Nhóm đầu không được có cận trên và nhóm cuối không được có cận dưới, để mọi tỷ lệ đều thuộc một nhóm");
        }
        for (int i = 0; i + 1 < bands.size(); i++) {
            BigDecimal lower = bands.get(i).lowerInclusive();
            BigDecimal nextUpper = bands.get(i + 1).upperExclusive();
            if (lower == null || nextUpper == null || lower.compareTo(nextUpper) != 0) {
                throw new IllegalArgumentException("Nhóm \"" + bands.get(i).label() + "\" phải bắt đầu đúng nơi nhóm \""
                        + bands.get(i + 1).label() + "\" kết thúc");
            }
        }
    }

    /** Seed 004's scheme: ≥100, 80–&lt;100, 50–&lt;80, &lt;50. */
    public static BandScheme defaultScheme() {
        return new BandScheme(List.of(
                new Band(VietnameseNumbers.HUNDRED, null, "đạt và vượt kế hoạch", "Các chỉ tiêu đạt và vượt kế hoạch"),
                new Band(EIGHTY, VietnameseNumbers.HUNDRED, "đạt từ 80 đến dưới 100% kế hoạch",
                        "Các chỉ tiêu đạt từ 80 đến dưới 100% kế hoạch"),
                new Band(FIFTY, EIGHTY, "đạt từ 50 đến dưới 80% kế hoạch", "Các chỉ tiêu đạt từ 50 đến dưới 80% kế hoạch"),
                new Band(null, FIFTY, "đạt dưới 50% kế hoạch", "Các chỉ tiêu đạt dưới 50% kế hoạch")));
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
