package vn.baocao.document;

import java.util.List;

/**
 * The agency block at the top left (ô 2): the direct parent agency ("cơ quan chủ quản", regular,
 * optional) and the issuing agency (bold, with a short rule under it). Each may span several lines.
 */
public record Letterhead(List<String> parentAgency, List<String> issuingAgency) {
    public Letterhead {
        parentAgency = TextNormalizer.lines(parentAgency);
        issuingAgency = TextNormalizer.lines(issuingAgency);
    }

    public static Letterhead of(List<String> parentAgency, List<String> issuingAgency) {
        return new Letterhead(parentAgency, issuingAgency);
    }

    /** The issuing agency as one line, used as the PDF author. */
    public String issuingAgencyName() {
        return String.join(" ", issuingAgency);
    }
}
