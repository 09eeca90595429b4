package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Issuer;

/**
 * The documents a report's căn cứ cites ("Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của Hội đồng nhân dân huyện về
 * nhiệm vụ …"): those the clerk wrote in the report's settings, else those the period's targets cite (the target's
 * source), Party resolutions first, then the Council's, then the plans. The one place a citation is worded, so a
 * table of source documents can feed it later. Without any, it says which resolution without a number, and the
 * review asks for it ({@link #isComplete()}).
 */
public final class LegalBasisText {
    private static final List<Issuer> ORDER = List.of(Issuer.NQ_DANG_BO, Issuer.NQ_HDND, Issuer.TINH_GIAO,
            Issuer.HUYEN_GIAO, Issuer.UBND_GIAO, Issuer.NGANH_GIAO, Issuer.DANG_KY, Issuer.KHAC);

    private final List<String> documents;
    private final String fallback;

    public LegalBasisText(ReportSettings settings, ReportData data) {
        List<String> docs = new ArrayList<>();
        if (settings != null && !settings.citations().isEmpty()) {
            settings.citations().stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(docs::add);
        } else {
            Map<String, List<String>> byIssuer = data.citations();
            for (Issuer i : ORDER) {
                for (String d : byIssuer.getOrDefault(i.name(), List.of())) {
                    if (!docs.contains(d)) {
                        docs.add(d);
                    }
                }
            }
        }
        this.documents = List.copyOf(docs);
        this.fallback = DocumentText.get("legalBasisText.nghiQuyetCuaHoi", data.areaName(), data.period().end().getYear());
    }

    /** Whether the citation names real documents (numbers and dates), not just "Nghị quyết của Hội đồng nhân dân". */
    public boolean isComplete() {
        return !documents.isEmpty();
    }

    /** "Nghị quyết số 16-NQ/HU …; Nghị quyết số 58/NQ-HĐND …": the documents joined as the seed joins them. */
    public String text() {
        if (documents.isEmpty()) {
            return fallback;
        }
        List<String> cleaned = documents.stream().map(LegalBasisText::withoutFinalStop).toList();
        return String.join("; ", cleaned);
    }

    private static String withoutFinalStop(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
