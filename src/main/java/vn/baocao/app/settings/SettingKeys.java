package vn.baocao.app.settings;

import vn.baocao.document.compose.OfficeSizeProfile;

/** Keys of the "setting" table used by the app (and by the report screens to come). */
public final class SettingKeys {
    public static final String PARENT_AGENCY = "baocao.letterhead.parentAgency";
    public static final String ISSUING_AGENCY = "baocao.letterhead.issuingAgency";
    public static final String PLACE = "baocao.letterhead.place";
    public static final String SIGNER_COUNT = "baocao.signers.count";
    /** Followed by the signer's number (1, 2 …) and one of the suffixes below. */
    public static final String SIGNER_PREFIX = "baocao.signers.";
    public static final String SIGNER_AUTHORITY = ".authority";
    public static final String SIGNER_COLLECTIVE = ".collective";
    public static final String SIGNER_TITLE = ".title";
    public static final String SIGNER_NAME = ".name";
    /** Read by every report composition ({@link OfficeSizeProfile}), not only by the window. */
    public static final String SIZE_PROFILE = OfficeSizeProfile.KEY;
    public static final String ROUNDING = "baocao.assessment.rounding";
    public static final String CHANGE_WORDING = "baocao.assessment.changeWording";
    public static final String BACKUP_FOLDER = "baocao.backup.folder";
    /** Followed by the document type's name (BAO_CAO, CONG_VAN …): its Nơi nhận, one line each. */
    public static final String RECIPIENTS_PREFIX = vn.baocao.document.compose.OfficeRecipients.KEY_PREFIX;

    private SettingKeys() {
    }

    public static String signer(int number, String suffix) {
        return SIGNER_PREFIX + number + suffix;
    }
}
