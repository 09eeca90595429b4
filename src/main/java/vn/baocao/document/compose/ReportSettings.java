package vn.baocao.document.compose;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.Signature;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.Area;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.CeilingPercentMode;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;

/**
 * A stored report's header and choices, kept as JSON in {@code report.settings_json}.
 *
 * @param issuingAgency cơ quan ban hành lines ("ỦY BAN NHÂN DÂN", "HUYỆN XÍN MẦN")
 * @param number the number, null on a draft
 * @param symbol the ký hiệu ("BC-UBND")
 * @param date ISO date (2024-01-05), null on a draft
 * @param addressees Kính gửi, when the template has them (Công văn)
 * @param accepted keys of the review items the clerk accepted ({@link ReviewItem#key()})
 * @param proRata a shorter period's report measures flows against their year plan pro-rated by months (the clerk's
 *                choice; otherwise against the whole year's plan, "đạt 45% kế hoạch năm")
 * @param citations the documents the report cites in its căn cứ, as the clerk wrote them; empty = those the
 *                  targets cite ({@link LegalBasisText})
 * @param carried the texts of the paragraphs copied from the previous report of this kind; a paragraph whose text is
 *                still one of them is "chép từ kỳ trước" until the clerk edits it ({@link CarryForward})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSettings(List<String> parentAgency, List<String> issuingAgency, Integer number, String symbol,
                             String place, String date, Signature signature, List<String> addressees,
                             List<String> recipients, ChangeWording changeWording, RoundingPolicy rounding,
                             CeilingPercentMode ceilingMode, BreakdownMode breakdown, FigureSource figureSource,
                             List<String> accepted, Boolean proRata, List<String> citations,
                             List<String> carried) {

    public ReportSettings(List<String> parentAgency, List<String> issuingAgency, Integer number, String symbol,
                          String place, String date, Signature signature, List<String> addressees,
                          List<String> recipients, ChangeWording changeWording, RoundingPolicy rounding,
                          CeilingPercentMode ceilingMode, BreakdownMode breakdown, FigureSource figureSource,
                          List<String> accepted) {
        this(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients, changeWording,
                rounding, ceilingMode, breakdown, figureSource, accepted, null, null, null);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReportSettings {
        parentAgency = parentAgency == null ? List.of() : List.copyOf(parentAgency);
        issuingAgency = issuingAgency == null ? List.of() : List.copyOf(issuingAgency);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        citations = citations == null ? List.of() : List.copyOf(citations);
        carried = carried == null ? List.of() : List.copyOf(carried);
        changeWording = changeWording == null ? ChangeWording.POINTS : changeWording;
        rounding = rounding == null ? RoundingPolicy.HALF_UP : rounding;
        ceilingMode = ceilingMode == null ? CeilingPercentMode.HUNDRED_WHEN_MET : ceilingMode;
        breakdown = breakdown == null ? BreakdownMode.FOOTNOTE : breakdown;
        figureSource = figureSource == null ? FigureSource.OWN_FIGURES : figureSource;
        if (date != null && !date.isBlank()) {
            LocalDate.parse(date);
        }
    }

    /** A new report's header: the area's People's Committee, the template's ký hiệu, signature and recipients. */
    public static ReportSettings defaultsFor(Area area, AdministrativeDocument template) {
        Locale vi = Locale.forLanguageTag("vi");
        List<String> issuing = List.of(DocumentText.get("reportSettings.uyBanNhanDan"), (area.level().label() + " " + area.name()).toUpperCase(vi));
        return new ReportSettings(List.of(), issuing, null, template.number().symbol(), area.name(), null,
                template.signature(), template.addressees(), template.recipients(), null, null, null, null, null, null);
    }

    /**
     * A new report's header from a unit's derived header (letterhead, place; Nơi nhận when {@code ownRecipients}, the
     * clerk's own unit), the rest from the template.
     */
    public static ReportSettings defaultsFor(AdministrativeDocument template, vn.baocao.domain.UnitHeader header,
                                             boolean ownRecipients) {
        // a letter goes up to the unit's superior, known from the unit: no placeholder left to guess it
        List<String> addressees = template.addressees().isEmpty() ? List.of()
                : header.superiorCommittee().map(List::of).orElse(template.addressees());
        return new ReportSettings(header.parentLines(), header.issuingLines(), null,
                header.body().symbolFrom(template.number().symbol()), header.place(),
                null, template.signature(), addressees,
                ownRecipients ? UnitRecipients.of(template.type(), header) : template.recipients(),
                null, null, null, null, null, null);
    }

    /** The assessment options these choices give. */
    public AssessmentOptions options() {
        return AssessmentOptions.defaults().withChangeWording(changeWording).withRounding(rounding).withCeilingMode(ceilingMode);
    }

    public LocalDate issueDate() {
        return date == null || date.isBlank() ? null : LocalDate.parse(date);
    }

    /** The settings for next period's copy: number, date and accepted review items cleared. */
    public ReportSettings forNextPeriod() {
        return new ReportSettings(parentAgency, issuingAgency, null, symbol, place, null, signature, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, List.of(), proRata, citations, carried);
    }

    /** The same header with other Nơi nhận lines (kept as given when not empty). */
    public ReportSettings withRecipients(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return this;
        }
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, lines,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, citations, carried);
    }

    /** The same header with other Kính gửi lines (kept as given when not empty). */
    public ReportSettings withAddressees(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return this;
        }
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, lines, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, citations, carried);
    }

    public ReportSettings withAccepted(Collection<String> keys) {
        LinkedHashSet<String> all = new LinkedHashSet<>(accepted);
        all.addAll(keys);
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, new ArrayList<>(all), proRata, citations, carried);
    }

    public ReportSettings withNumberAndDate(Integer newNumber, LocalDate newDate) {
        return new ReportSettings(parentAgency, issuingAgency, newNumber, symbol, place, newDate == null ? null : newDate.toString(),
                signature, addressees, recipients, changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, citations, carried);
    }

    public ReportSettings withChoices(ChangeWording wording, BreakdownMode breakdownMode, FigureSource source) {
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients,
                wording == null ? changeWording : wording, rounding, ceilingMode,
                breakdownMode == null ? breakdown : breakdownMode, source == null ? figureSource : source, accepted, proRata, citations, carried);
    }

    public ReportSettings withSigner(String name) {
        Signature s = signature == null ? null : new Signature(signature.authority(), signature.position(), name);
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, s, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, citations, carried);
    }

    /** Whether flows are measured against their pro-rated year plan. */
    public boolean proRataPlans() {
        return Boolean.TRUE.equals(proRata);
    }

    public ReportSettings withProRata(boolean on) {
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, on ? Boolean.TRUE : null, citations, carried);
    }

    public ReportSettings withCitations(List<String> documents) {
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, documents, carried);
    }

    public ReportSettings withCarried(List<String> texts) {
        return new ReportSettings(parentAgency, issuingAgency, number, symbol, place, date, signature, addressees, recipients,
                changeWording, rounding, ceilingMode, breakdown, figureSource, accepted, proRata, citations, texts);
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportSettings fromJson(String json) {
        try {
            return MAPPER.readValue(json == null || json.isBlank() ? "{}" : json, ReportSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DocumentText.get("reportSettings.thietLapCuaBao", e.getOriginalMessage()), e);
        }
    }
}
