package vn.baocao.importing.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.baocao.domain.VietnameseText;
import vn.baocao.importing.layout.LayoutColumn;
import vn.baocao.importing.layout.SheetLayout;

/**
 * Identifies a sheet layout by its header texts: the folded header path of every column, in order. Two files made
 * from the same form have the same fingerprint even when their figures, title dates or areas in the title differ.
 */
public final class SheetFingerprint {
    private SheetFingerprint() {
    }

    /** 16 hex digits of the SHA-256 of the folded header paths. */
    public static String of(SheetLayout layout) {
        StringBuilder sb = new StringBuilder();
        // a summary repeats a few labels over a thousand columns: each folded once
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (LayoutColumn c : layout.columns()) {
            sb.append(c.letter()).append('=');
            for (String label : c.headerPath()) {
                sb.append(folded.computeIfAbsent(label, VietnameseText::fold)).append('/');
            }
            sb.append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
