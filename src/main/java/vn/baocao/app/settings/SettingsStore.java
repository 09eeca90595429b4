package vn.baocao.app.settings;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.baocao.document.SizeProfile;
import vn.baocao.domain.ChangeWording;
import vn.baocao.domain.RoundingPolicy;
import vn.baocao.store.DataLocation;
import vn.baocao.store.Database;
import vn.baocao.store.SettingsRepository;

/** Reads and writes {@link AppSettings} in the "setting" table, and keeps the last saved copy for other pages. */
public final class SettingsStore {
    private final Database db;
    private final AtomicReference<AppSettings> current = new AtomicReference<>();

    public SettingsStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    public AppSettings load() {
        AppSettings s = db.read(c -> {
            SettingsRepository r = new SettingsRepository(c);
            int count = parseInt(get(r, SettingKeys.SIGNER_COUNT, "0"));
            List<Signer> signers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                signers.add(new Signer(enumOr(SignerAuthority.class, get(r, SettingKeys.signer(i, SettingKeys.SIGNER_AUTHORITY), ""), SignerAuthority.NONE),
                        get(r, SettingKeys.signer(i, SettingKeys.SIGNER_COLLECTIVE), ""),
                        get(r, SettingKeys.signer(i, SettingKeys.SIGNER_TITLE), ""),
                        get(r, SettingKeys.signer(i, SettingKeys.SIGNER_NAME), "")));
            }
            return new AppSettings(get(r, SettingKeys.PARENT_AGENCY, ""), get(r, SettingKeys.ISSUING_AGENCY, ""),
                    get(r, SettingKeys.PLACE, ""), signers,
                    enumOr(SizeProfile.class, get(r, SettingKeys.SIZE_PROFILE, ""), SizeProfile.P14),
                    enumOr(RoundingPolicy.class, get(r, SettingKeys.ROUNDING, ""), RoundingPolicy.HALF_UP),
                    enumOr(ChangeWording.class, get(r, SettingKeys.CHANGE_WORDING, ""), ChangeWording.POINTS),
                    get(r, SettingKeys.BACKUP_FOLDER, DataLocation.backupFolder().toString()), recipients(r));
        });
        current.set(s);
        return s;
    }

    private static java.util.Map<vn.baocao.document.DocumentType, List<String>> recipients(SettingsRepository r) throws java.sql.SQLException {
        java.util.Map<vn.baocao.document.DocumentType, List<String>> out = new java.util.EnumMap<>(vn.baocao.document.DocumentType.class);
        for (vn.baocao.document.DocumentType t : vn.baocao.document.DocumentType.values()) {
            List<String> lines = get(r, SettingKeys.RECIPIENTS_PREFIX + t.name(), "").lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                out.put(t, lines);
            }
        }
        return out;
    }

    /** Saves everything in one transaction. */
    public void save(AppSettings s) {
        db.inTransaction(c -> {
            SettingsRepository r = new SettingsRepository(c);
            r.put(SettingKeys.PARENT_AGENCY, s.parentAgency());
            r.put(SettingKeys.ISSUING_AGENCY, s.issuingAgency());
            r.put(SettingKeys.PLACE, s.place());
            r.put(SettingKeys.SIGNER_COUNT, Integer.toString(s.signers().size()));
            for (int i = 0; i < s.signers().size(); i++) {
                Signer g = s.signers().get(i);
                r.put(SettingKeys.signer(i + 1, SettingKeys.SIGNER_AUTHORITY), g.authority().name());
                r.put(SettingKeys.signer(i + 1, SettingKeys.SIGNER_COLLECTIVE), g.collective());
                r.put(SettingKeys.signer(i + 1, SettingKeys.SIGNER_TITLE), g.title());
                r.put(SettingKeys.signer(i + 1, SettingKeys.SIGNER_NAME), g.name());
            }
            r.put(SettingKeys.SIZE_PROFILE, s.sizeProfile().name());
            r.put(SettingKeys.ROUNDING, s.rounding().name());
            r.put(SettingKeys.CHANGE_WORDING, s.changeWording().name());
            r.put(SettingKeys.BACKUP_FOLDER, s.backupFolder());
            for (vn.baocao.document.DocumentType t : vn.baocao.document.DocumentType.values()) {
                r.put(SettingKeys.RECIPIENTS_PREFIX + t.name(), String.join("\n", s.recipientsFor(t)));
            }
            return null;
        });
        current.set(s);
    }

    /** The last loaded or saved settings (loading them when none yet). */
    public AppSettings current() {
        AppSettings s = current.get();
        return s != null ? s : load();
    }

    private static String get(SettingsRepository r, String key, String fallback) throws SQLException {
        return r.get(key).orElse(fallback);
    }

    private static int parseInt(String s) {
        try {
            return Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
