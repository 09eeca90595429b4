package vn.baocao.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.baocao.document.DocumentType;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;

/**
 * The office's saved choices.
 *
 * @param recipients the Nơi nhận list the clerk keeps per document type (issue 15); a type without one takes the
 *                   unit's or the template's
 */
public record AppSettings(String parentAgency, String issuingAgency, String place, List<Signer> signers,
                          SizeProfile sizeProfile, RoundingPolicy rounding, ChangeWording changeWording,
                          String backupFolder, Map<DocumentType, List<String>> recipients) {

    public AppSettings {
        signers = List.copyOf(signers);
        Map<DocumentType, List<String>> copy = new EnumMap<>(DocumentType.class);
        if (recipients != null) {
            recipients.forEach((t, l) -> {
                if (l != null && !l.isEmpty()) {
                    copy.put(t, List.copyOf(l));
                }
            });
        }
        recipients = java.util.Collections.unmodifiableMap(copy);
    }

    public AppSettings(String parentAgency, String issuingAgency, String place, List<Signer> signers,
                       SizeProfile sizeProfile, RoundingPolicy rounding, ChangeWording changeWording, String backupFolder) {
        this(parentAgency, issuingAgency, place, signers, sizeProfile, rounding, changeWording, backupFolder, Map.of());
    }

    /** The Nơi nhận kept for a document type, empty when none. */
    public List<String> recipientsFor(DocumentType type) {
        return recipients.getOrDefault(type, List.of());
    }

    /** The assessment options these settings imply (the rest are the domain's defaults). */
    public AssessmentOptions assessmentOptions() {
        return AssessmentOptions.defaults().withRounding(rounding).withChangeWording(changeWording);
    }
}
