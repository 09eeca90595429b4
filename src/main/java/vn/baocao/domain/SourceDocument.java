package vn.baocao.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.domain.text.DomainText;

/**
 * The document a plan target comes from, e.g. "Nghị quyết số 58/NQ-HĐND ngày 23/12/2022 của HĐND xã Nấm Dẩn về
 * nhiệm vụ phát triển kinh tế - xã hội năm 2023". Stored once and referenced by every target it sets.
 *
 * @param kind "Nghị quyết", "Quyết định", "Kế hoạch"; may be null
 * @param number "58/NQ-HĐND"; may be null
 * @param date may be null
 * @param issuer "HĐND xã Nấm Dẩn"; may be null
 * @param summary trích yếu; may be null
 * @param citation the whole reference as written
 */
public record SourceDocument(String kind, String number, LocalDate date, String issuer, String summary, String citation) {
    private static final Pattern SHAPE = Pattern.compile(
            "^(?<kind>.+?)\\s+số\\s+(?<number>\\S+)(?:\\s+ngày\\s+(?<date>\\d{1,2}/\\d{1,2}/\\d{4}))?"
                    + "(?:\\s+của\\s+(?<issuer>.+?))?(?:\\s+về\\s+(?<summary>.+))?$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    public SourceDocument {
        Objects.requireNonNull(citation, "citation");
    }

    /**
     * Reads a citation. The parts are taken when it has the usual shape ("<loại> số <số> ngày <dd/mm/yyyy> [của …]
     * [về …]"); any other text is kept whole as the citation. A date that does not exist is refused.
     */
    public static SourceDocument parse(String text) {
        String t = VietnameseText.nfc(text == null ? "" : text.strip().replaceAll("\\s+", " "));
        if (t.isEmpty()) {
            throw new IllegalArgumentException(DomainText.get("sourceDocument.thieuTenVanBan"));
        }
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return new SourceDocument(null, null, null, null, null, t);
        }
        LocalDate date = null;
        if (m.group("date") != null) {
            try {
                date = LocalDate.parse(m.group("date"), DAY.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(DomainText.get("sourceDocument.ngayTrongKhongCo", m.group("date"), t));
            }
        }
        return new SourceDocument(m.group("kind"), m.group("number"), date, m.group("issuer"), m.group("summary"), t);
    }

    /** "Nghị quyết số 58/NQ-HĐND ngày 23/12/2022". */
    public String shortName() {
        if (kind == null || number == null) {
            return citation;
        }
        return DomainText.get("sourceDocument.so", kind, number, (date == null ? "" : DomainText.get("sourceDocument.ngay", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
    }
}
