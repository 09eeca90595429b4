package vn.baocao.app.settings;

import java.util.List;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.AssessmentOptions;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;

/** The office's saved choices. */
public record AppSettings(String parentAgency, String issuingAgency, String place, List<Signer> signers,
                          SizeProfile sizeProfile, RoundingPolicy rounding, ChangeWording changeWording,
                          String backupFolder) {

    public AppSettings {
        signers = List.copyOf(signers);
    }

    /** The assessment options these settings imply (the rest are the domain's defaults). */
    public AssessmentOptions assessmentOptions() {
        return AssessmentOptions.defaults().withRounding(rounding).withChangeWording(changeWording);
    }
}
