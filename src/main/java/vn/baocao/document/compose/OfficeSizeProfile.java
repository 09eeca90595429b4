package vn.baocao.document.compose;

import vn.baocao.document.SizeProfile;
import vn.baocao.store.Database;
import vn.baocao.store.SettingsRepository;

/**
 * The office's choice of font sizes (Cài đặt → "Cỡ chữ", P14 or P13), kept in the "setting" table. Every report the
 * office composes is set in it, in the window and on the command line alike.
 */
public final class OfficeSizeProfile {
    /** The key of the choice in the "setting" table. */
    public static final String KEY = "baocao.layout.sizeProfile";

    private OfficeSizeProfile() {
    }

    /** The saved choice; P14 (ND30's default) when none was saved or the saved value is not a profile. */
    public static SizeProfile read(Database db) {
        String saved = db.read(c -> new SettingsRepository(c).get(KEY)).orElse("");
        for (SizeProfile p : SizeProfile.values()) {
            if (p.name().equals(saved)) {
                return p;
            }
        }
        return SizeProfile.P14;
    }
}
