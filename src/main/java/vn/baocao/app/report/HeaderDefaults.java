package vn.baocao.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.baocao.app.settings.AppSettings;
import vn.baocao.app.settings.Signer;
import vn.baocao.app.settings.SignerAuthority;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.Signature;
import vn.baocao.document.compose.ReportSettings;
import vn.baocao.domain.Area;

/**
 * A new report's header from the office's saved settings (page "Cài đặt"): letterhead, place, the first signer,
 * rounding and wording; what the settings leave empty comes from the area and the template.
 */
public final class HeaderDefaults {
    private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private HeaderDefaults() {
    }

    public static ReportSettings of(AppSettings office, Area area, AdministrativeDocument template) {
        return of(office, ReportSettings.defaultsFor(area, template), template.type());
    }

    /**
     * @param base the unit's own header ("Đơn vị của tôi") or the area's plain one
     * @param type the document's type: the Nơi nhận kept for it in Cài đặt come before the unit's and the template's
     */
    public static ReportSettings of(AppSettings office, ReportSettings base, vn.baocao.document.DocumentType type) {
        List<String> recipients = office.recipientsFor(type).isEmpty() ? base.recipients() : office.recipientsFor(type);
        List<String> parent = office.parentAgency().isBlank() ? base.parentAgency() : List.of(office.parentAgency());
        List<String> issuing = office.issuingAgency().isBlank() ? base.issuingAgency() : agencyLines(office.issuingAgency());
        String place = office.place().isBlank() ? base.place() : office.place();
        Signature signature = office.signers().isEmpty() ? base.signature()
                : signature(office.signers().get(0), base.signature());
        return new ReportSettings(parent, issuing, null, base.symbol(), place, null, signature, base.addressees(),
                recipients, office.changeWording(), office.rounding(), null, null, null, List.of());
    }

    /** "ỦY BAN NHÂN DÂN HUYỆN XÍN MẦN" is printed on two lines: the body, then the area. */
    static List<String> agencyLines(String agency) {
        String a = agency.strip().toUpperCase(VI);
        if (a.startsWith(PEOPLES_COMMITTEE + " ")) {
            return List.of(PEOPLES_COMMITTEE, a.substring(PEOPLES_COMMITTEE.length()).strip());
        }
        return List.of(a);
    }

    /**
     * The signature block of a saved signer. A deputy (KT., Q., TL.) signs under the collective line of the template
     * ("TM. ỦY BAN NHÂN DÂN"), which is kept.
     */
    public static Signature signature(Signer signer, Signature template) {
        List<AuthorityLine> lines = new ArrayList<>();
        if (signer.authority() == SignerAuthority.TM) {
            lines.add(new AuthorityLine(AuthorityMode.TM, signer.collective()));
        } else if (signer.authority() != SignerAuthority.NONE) {
            if (template != null) {
                template.authority().stream().filter(l -> l.mode() == AuthorityMode.TM).findFirst().ifPresent(lines::add);
            }
            lines.add(new AuthorityLine(AuthorityMode.valueOf(signer.authority().name()), signer.collective()));
        }
        return new Signature(lines, signer.title(), signer.name());
    }
}
