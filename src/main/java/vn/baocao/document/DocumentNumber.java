package vn.baocao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.baocao.document.text.DocumentText;

/**
 * Số, ký hiệu (ô 3, spec §4.1): {@code Số: 05/BC-UBND}. A null number prints the blank used on drafts
 * before the văn thư assigns one ({@code Số:      /BC-UBND}). Numbers below 10 take a leading zero.
 *
 * @param number the number in the agency's yearly series, or null for a draft
 * @param symbol the ký hiệu without the number, e.g. "BC-UBND" or "UBND-VX"
 */
public record DocumentNumber(Integer number, String symbol) {
    /** The gap printed in place of a missing number (no-break spaces, so renderers keep it). */
    static final String DRAFT_GAP = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

    public DocumentNumber {
        symbol = TextNormalizer.nfc(symbol);
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException(DocumentText.get("documentNumber.thieuKyHieuVan"));
        }
        if (number != null && number < 1) {
            throw new IllegalArgumentException(DocumentText.get("documentNumber.soVanBanPhai", number));
        }
    }

    /** The ký hiệu of a document with a type name: {type abbreviation}-{agency abbreviation}. */
    public static DocumentNumber of(Integer number, DocumentType type, String agencyAbbreviation) {
        if (!type.hasTitle()) {
            throw new IllegalArgumentException(DocumentText.get("documentNumber.congVanDungKy"));
        }
        return new DocumentNumber(number, type.abbreviation() + "-" + agencyAbbreviation);
    }

    /** The ký hiệu of a Công văn: {agency}-{drafting unit or field}. */
    public static DocumentNumber ofLetter(Integer number, String agencyAbbreviation, String unitAbbreviation) {
        return new DocumentNumber(number, agencyAbbreviation + "-" + unitAbbreviation);
    }

    @JsonIgnore
    public boolean isDraft() {
        return number == null;
    }

    /** The line as printed: "Số: 05/BC-UBND" or "Số:      /BC-UBND". */
    public String format() {
        String n = number == null ? DRAFT_GAP : (number < 10 ? "0" + number : String.valueOf(number));
        return DocumentText.get("documentNumber.so", n, symbol);
    }
}
