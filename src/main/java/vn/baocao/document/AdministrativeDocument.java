package vn.baocao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.text.DocumentText;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP, independent of Word or PDF.
 * Build one with {@link DocumentBuilder}, keep it as JSON with {@link DocumentFiles}, and render it
 * with the Word and PDF renderers.
 *
 * @param type        Báo cáo, Kế hoạch, Thông báo, Công văn…
 * @param profile     the font-size profile (P14 by default)
 * @param letterhead  parent and issuing agency lines
 * @param number      Số, ký hiệu
 * @param placeAndDate place and date of issue
 * @param summary     trích yếu: printed under the type name, or as "V/v …" for a Công văn
 * @param legalBases  căn cứ lines (italic; ";" and "." are added)
 * @param addressees  Kính gửi (one on the line, several as a dashed list)
 * @param body        the body blocks
 * @param recipients  Nơi nhận items, e.g. "Như trên", "Lưu: VT" (dash and punctuation are added)
 * @param signature   the signature block
 * @param appendices  appendices, each with its own page numbering
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AdministrativeDocument(
        DocumentType type,
        SizeProfile profile,
        Letterhead letterhead,
        DocumentNumber number,
        PlaceAndDate placeAndDate,
        String summary,
        List<String> legalBases,
        List<String> addressees,
        List<Block> body,
        List<String> recipients,
        Signature signature,
        List<Appendix> appendices) {

    public AdministrativeDocument {
        if (type == null) {
            throw new IllegalArgumentException(DocumentText.get("administrativeDocument.thieuLoaiVanBan"));
        }
        profile = profile == null ? SizeProfile.P14 : profile;
        if (letterhead == null) {
            throw new IllegalArgumentException(DocumentText.get("administrativeDocument.thieuTenCoQuan"));
        }
        if (number == null) {
            throw new IllegalArgumentException(DocumentText.get("administrativeDocument.thieuSoKyHieu"));
        }
        if (placeAndDate == null) {
            throw new IllegalArgumentException(DocumentText.get("administrativeDocument.thieuDiaDanhVa"));
        }
        summary = TextNormalizer.nfc(summary == null ? "" : summary);
        legalBases = TextNormalizer.lines(legalBases);
        addressees = TextNormalizer.lines(addressees);
        body = TextNormalizer.list(body);
        recipients = TextNormalizer.lines(recipients);
        appendices = TextNormalizer.list(appendices);
    }

    /** The summary as printed for a Công văn: "V/v …" (added if the clerk did not type it). */
    @JsonIgnore
    public String letterSummary() {
        return summary.startsWith("V/v") ? summary : "V/v " + summary;
    }

    /** Căn cứ lines as printed, each ending ";" and the last ".". */
    @JsonIgnore
    public List<String> printedLegalBases() {
        return PunctuatedList.punctuate(legalBases, "");
    }

    /** Recipient lines as printed: "- Như trên;" … "- Lưu: VT.". */
    @JsonIgnore
    public List<String> printedRecipients() {
        return PunctuatedList.punctuate(recipients, "- ");
    }

    /** Addressee lines after "Kính gửi:": one addressee on the line, several as a dashed list. */
    @JsonIgnore
    public List<String> printedAddressees() {
        if (addressees.size() == 1) {
            return List.of(PunctuatedList.strip(addressees.get(0)) + ".");
        }
        return PunctuatedList.punctuate(addressees, "- ");
    }

    /** A title for metadata: "BÁO CÁO Kết quả …" or "Công văn V/v …". */
    @JsonIgnore
    public String metadataTitle() {
        if (type.hasTitle()) {
            return type.title() + " " + summary;
        }
        return DocumentText.get("administrativeDocument.congVan", letterSummary());
    }

    /** Every footnote of the document in order, the body's first, then each appendix's. */
    @JsonIgnore
    public List<FootnoteRef> allFootnotes() {
        List<FootnoteRef> out = new ArrayList<>();
        collect(body, out);
        for (Appendix a : appendices) {
            collect(a.blocks(), out);
        }
        return out;
    }

    private static void collect(List<Block> blocks, List<FootnoteRef> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.addAll(p.text().footnotes());
            } else if (b instanceof Heading h) {
                out.addAll(h.text().footnotes());
            } else if (b instanceof Table t) {
                t.headerRows().forEach(r -> r.forEach(c -> out.addAll(c.footnotes())));
                t.rows().forEach(r -> r.forEach(c -> out.addAll(c.footnotes())));
            } else if (b instanceof LandscapeSection s) {
                collect(s.blocks(), out);
            }
        }
    }

    /** This document set in another size profile. */
    public AdministrativeDocument withProfile(SizeProfile newProfile) {
        return new AdministrativeDocument(type, newProfile, letterhead, number, placeAndDate, summary, legalBases,
                addressees, body, recipients, signature, appendices);
    }
}
