package vn.baocao.app.settings;

/**
 * A person who signs reports.
 *
 * @param collective what follows the authority: "ỦY BAN NHÂN DÂN" after TM., "CHỦ TỊCH" after KT.
 * @param title the signer's own title ("PHÓ CHỦ TỊCH")
 */
public record Signer(SignerAuthority authority, String collective, String title, String name) {

    public Signer {
        authority = authority == null ? SignerAuthority.NONE : authority;
        collective = collective == null ? "" : collective;
        title = title == null ? "" : title;
        name = name == null ? "" : name;
    }

    /** "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH – Nguyễn Văn A", for lists. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (authority != SignerAuthority.NONE) {
            sb.append(authority.prefix()).append(' ').append(collective).append(" – ");
        }
        sb.append(title);
        if (!name.isBlank()) {
            sb.append(" – ").append(name);
        }
        return sb.toString().strip();
    }
}
