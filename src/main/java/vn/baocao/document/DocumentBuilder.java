package vn.baocao.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an {@link AdministrativeDocument} in code:
 * <pre>{@code
 * AdministrativeDocument doc = DocumentBuilder.of(DocumentType.BAO_CAO)
 *     .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN"))
 *     .number(15, "UBND")
 *     .placeAndDate("Xín Mần", LocalDate.of(2024, 1, 5))
 *     .summary("Kết quả thực hiện nhiệm vụ năm 2023")
 *     .heading(HeadingLevel.ROMAN, "I.", "KẾT QUẢ")
 *     .paragraph("Năm 2023, … đạt **125,87%** kế hoạch[^Theo Nghị quyết số 58/NQ-HĐND.].")
 *     .recipients("Như trên", "Lưu: VT")
 *     .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.TM, "ỦY BAN NHÂN DÂN")),
 *                "CHỦ TỊCH", "Nguyễn Văn A"))
 *     .build();
 * }</pre>
 */
public final class DocumentBuilder {
    private final DocumentType type;
    private SizeProfile profile = SizeProfile.P14;
    private Letterhead letterhead;
    private DocumentNumber number;
    private PlaceAndDate placeAndDate;
    private String summary = "";
    private final List<String> legalBases = new ArrayList<>();
    private final List<String> addressees = new ArrayList<>();
    private final List<Block> body = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private Signature signature;
    private final List<Appendix> appendices = new ArrayList<>();

    private DocumentBuilder(DocumentType type) {
        this.type = type;
    }

    public static DocumentBuilder of(DocumentType type) {
        return new DocumentBuilder(type);
    }

    public DocumentBuilder profile(SizeProfile profile) {
        this.profile = profile;
        return this;
    }

    public DocumentBuilder agency(List<String> parentAgency, List<String> issuingAgency) {
        this.letterhead = new Letterhead(parentAgency, issuingAgency);
        return this;
    }

    /** The number with the ký hiệu {type}-{agency}; for a Công văn use {@link #letterNumber}. */
    public DocumentBuilder number(Integer n, String agencyAbbreviation) {
        this.number = DocumentNumber.of(n, type, agencyAbbreviation);
        return this;
    }

    public DocumentBuilder letterNumber(Integer n, String agencyAbbreviation, String unitAbbreviation) {
        this.number = DocumentNumber.ofLetter(n, agencyAbbreviation, unitAbbreviation);
        return this;
    }

    public DocumentBuilder number(DocumentNumber number) {
        this.number = number;
        return this;
    }

    public DocumentBuilder placeAndDate(String place, LocalDate date) {
        this.placeAndDate = PlaceAndDate.of(place, date);
        return this;
    }

    public DocumentBuilder placeAndDate(PlaceAndDate placeAndDate) {
        this.placeAndDate = placeAndDate;
        return this;
    }

    public DocumentBuilder summary(String summary) {
        this.summary = summary;
        return this;
    }

    public DocumentBuilder legalBasis(String... lines) {
        legalBases.addAll(Arrays.asList(lines));
        return this;
    }

    public DocumentBuilder addressees(String... lines) {
        addressees.addAll(Arrays.asList(lines));
        return this;
    }

    public DocumentBuilder heading(HeadingLevel level, String label, String text) {
        body.add(Heading.of(level, label, text));
        return this;
    }

    /** A body paragraph in inline markup (**bold**, *italic*, [^footnote]). */
    public DocumentBuilder paragraph(String markup) {
        body.add(Paragraph.of(markup));
        return this;
    }

    public DocumentBuilder dash(String markup) {
        body.add(Paragraph.dash(markup));
        return this;
    }

    public DocumentBuilder plus(String markup) {
        body.add(Paragraph.plus(markup));
        return this;
    }

    public DocumentBuilder block(Block block) {
        body.add(block);
        return this;
    }

    public DocumentBuilder recipients(String... lines) {
        recipients.addAll(Arrays.asList(lines));
        return this;
    }

    public DocumentBuilder signature(Signature signature) {
        this.signature = signature;
        return this;
    }

    public DocumentBuilder appendix(Appendix appendix) {
        appendices.add(appendix);
        return this;
    }

    public AdministrativeDocument build() {
        return new AdministrativeDocument(type, profile, letterhead, number, placeAndDate, summary,
                legalBases, addressees, body, recipients, signature, appendices);
    }
}
