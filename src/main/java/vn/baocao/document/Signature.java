package vn.baocao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The signature block (ô 7a–7c): authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the
 * signer's position ("PHÓ CHỦ TỊCH"), a gap for the signature and seal, and the full name.
 */
public record Signature(List<AuthorityLine> authority, String position, String signerName) {
    public Signature {
        authority = TextNormalizer.list(authority);
        position = TextNormalizer.nfc(position);
        signerName = TextNormalizer.nfc(signerName);
    }

    /** The upper-case lines above the signature gap, in order. */
    public List<String> titleLines() {
        List<String> out = new ArrayList<>();
        for (AuthorityLine line : authority) {
            out.add(line.format());
        }
        if (position != null && !position.isBlank()) {
            out.add(position);
        }
        return out;
    }
}
