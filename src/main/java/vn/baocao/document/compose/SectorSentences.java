package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.document.Block;
import vn.baocao.document.Heading;
import vn.baocao.document.HeadingLevel;
import vn.baocao.document.Paragraph;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.IndicatorEvaluation;
import vn.baocao.domain.VietnameseNumbers;

/**
 * The results by sector (lĩnh vực): one heading per field of work ({@link SectorHeadings}), in report order. Under
 * each, the indicators already told in "Về thực hiện các chỉ tiêu giao" are only counted ("… có 02 chỉ tiêu được
 * giao: …"), never told again; the others get one "- " sentence each, with the other issuers' plans and an
 * optional footnote (the communes behind a district figure).
 */
public final class SectorSentences {
    private final IndicatorSentences sentences;

    public SectorSentences(IndicatorSentences sentences) {
        this.sentences = sentences;
    }

    /**
     * The report's other figures by the section that tells them: their own field's when the report has it, else the
     * section hosting them ({@link SectorHeadings#host}); figures with neither are left out (and listed by
     * {@link #untold}).
     *
     * @param sections the report's sections (the fields of its chosen indicators)
     */
    public static Map<String, List<IndicatorEvaluation>> othersBySection(java.util.Collection<String> sections,
                                                                         List<IndicatorEvaluation> context) {
        Map<String, List<IndicatorEvaluation>> out = new LinkedHashMap<>();
        for (IndicatorEvaluation r : context) {
            sectionOf(r, sections).ifPresent(h -> out.computeIfAbsent(h, k -> new ArrayList<>()).add(r));
        }
        return out;
    }

    /** The other figures no section of the report tells. */
    public static List<IndicatorEvaluation> untold(java.util.Collection<String> sections, List<IndicatorEvaluation> context) {
        return context.stream().filter(r -> sectionOf(r, sections).isEmpty()).toList();
    }

    private static java.util.Optional<String> sectionOf(IndicatorEvaluation r, java.util.Collection<String> sections) {
        String own = SectorHeadings.of(r.indicator().sector());
        if (sections.contains(own)) {
            return java.util.Optional.of(own);
        }
        return SectorHeadings.host(r.indicator().sector(), r.actual() == null ? null : r.actual().note(), sections);
    }

    /** The indicators grouped under their report headings, headings in report order. */
    public static Map<String, List<IndicatorEvaluation>> bySector(List<IndicatorEvaluation> rows) {
        Map<String, List<IndicatorEvaluation>> found = new LinkedHashMap<>();
        for (IndicatorEvaluation r : rows) {
            found.computeIfAbsent(SectorHeadings.of(r.indicator().sector()), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<IndicatorEvaluation>> out = new LinkedHashMap<>();
        for (String h : SectorHeadings.ordered(found.keySet())) {
            out.put(h, found.get(h));
        }
        return out;
    }

    /**
     * Headings and sentences for every sector.
     *
     * @param parentLabel the label of the heading above ("2."): sectors are then "2.1.", "2.2." …; null gives "a)", "b)" …
     * @param told codes of the indicators the report has already told (the assigned ones)
     */
    public List<Block> blocks(List<IndicatorEvaluation> rows, String parentLabel, Function<IndicatorEvaluation, String> footnotes,
                              Set<String> told) {
        return blocks(rows, List.of(), null, parentLabel, footnotes, told);
    }

    /**
     * As {@link #blocks(List, String, Function, Set)}, each sector with its narrative ({@link SectorNarrative}) from
     * {@code context}, the other figures of the period (only those of the report's sectors).
     */
    public List<Block> blocks(List<IndicatorEvaluation> rows, List<IndicatorEvaluation> context, vn.baocao.domain.Period period,
                              String parentLabel, Function<IndicatorEvaluation, String> footnotes, Set<String> told) {
        Map<String, List<IndicatorEvaluation>> sections = bySector(rows);
        Map<String, List<IndicatorEvaluation>> others = othersBySection(sections.keySet(), context);
        List<Block> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<IndicatorEvaluation>> e : sections.entrySet()) {
            n++;
            if (parentLabel != null) {
                out.add(Heading.of(HeadingLevel.DECIMAL, parentLabel + n + ".", e.getKey()));
            } else {
                out.add(Heading.of(HeadingLevel.LETTER, (char) ('a' + (n - 1) % 26) + ")", e.getKey()));
            }
            out.addAll(sentences(e.getKey(), e.getValue(), others.getOrDefault(e.getKey(), List.of()), period, footnotes, told));
        }
        return out;
    }

    /** One sector: the count of its indicators told before, then one "- " sentence per indicator not told yet. */
    public List<Block> sentences(String heading, List<IndicatorEvaluation> rows, Function<IndicatorEvaluation, String> footnotes,
                                 Set<String> told) {
        return sentences(heading, rows, List.of(), null, footnotes, told);
    }

    /**
     * One sector: its narrative (the other bodies' plans of the indicators told before, and the sector's other
     * figures of the period), one "- " sentence per indicator not told yet, then the count of those told before.
     */
    public List<Block> sentences(String heading, List<IndicatorEvaluation> rows, List<IndicatorEvaluation> others,
                                 vn.baocao.domain.Period period, Function<IndicatorEvaluation, String> footnotes, Set<String> told) {
        List<Block> out = new ArrayList<>();
        List<IndicatorEvaluation> before = rows.stream().filter(r -> told.contains(r.indicator().code())).toList();
        if (period != null) {
            out.addAll(new SectorNarrative(sentences).paragraphs(before, others, period, footnotes));
        }
        for (IndicatorEvaluation r : rows) {
            if (!told.contains(r.indicator().code())) {
                out.add(Paragraph.dash(Markup.withFootnote(sentences.sentence(r, true), footnotes.apply(r))));
            }
        }
        if (!before.isEmpty()) {
            out.add(Paragraph.of(Markup.escape(toldBefore(heading, before))));
        }
        return out;
    }

    /** "Lĩnh vực Y tế - Dân số có 02 chỉ tiêu được giao (nêu tại mục chỉ tiêu giao): 01 đạt kế hoạch, 01 chưa đạt (…)." */
    String toldBefore(String heading, List<IndicatorEvaluation> rows) {
        if (rows.stream().noneMatch(r -> r.target() != null)) {
            // Nothing was assigned: section 2 told the period's figures, not "chỉ tiêu được giao".
            return DocumentText.get("sectorSentences.linhVucChuYeu", heading, VietnameseNumbers.twoDigits(rows.size()));
        }
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (IndicatorEvaluation r : rows) {
            var a = r.assessment();
            if (a != null && a.verdict().isMet()) {
                met.add(r.indicator().name());
            } else if (a != null && a.verdict().isAssessed()) {
                missed.add(r.indicator().name());
            } else {
                other.add(r.indicator().name());
            }
        }
        String plan = rows.stream().anyMatch(r -> r.target() != null && sentences.planWord(r.target()).equals("kế hoạch năm"))
                ? DocumentText.get("sectorSentences.keHoachNam") : DocumentText.get("sectorSentences.keHoach");
        List<String> parts = new ArrayList<>();
        if (!met.isEmpty()) {
            parts.add(DocumentText.get("sectorSentences.chiTieuDatVa", VietnameseNumbers.twoDigits(met.size()), plan));
        }
        if (!missed.isEmpty()) {
            parts.add(DocumentText.get("sectorSentences.chiTieuChuaDat", VietnameseNumbers.twoDigits(missed.size()), plan, String.join("; ", missed)));
        }
        if (!other.isEmpty()) {
            parts.add(DocumentText.get("sectorSentences.chiTieuChuaDanh", VietnameseNumbers.twoDigits(other.size())));
        }
        return DocumentText.get("sectorSentences.linhVucCoChi", heading, VietnameseNumbers.twoDigits(rows.size()), String.join(", ", parts));
    }
}
