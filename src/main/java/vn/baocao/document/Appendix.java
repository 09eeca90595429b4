package vn.baocao.document;

import java.util.List;
import vn.baocao.document.text.DocumentText;

/**
 * A Phụ lục (spec §4.6): "Phụ lục I" (or just "Phụ lục" when it is the only one), an upper-case
 * title, the italic reference line "(Kèm theo … )", a short rule and the content. Its pages are
 * numbered from 1 again.
 */
public record Appendix(String label, String title, String reference, boolean landscape, List<Block> blocks) {
    public Appendix {
        label = TextNormalizer.nfc(label == null || label.isBlank() ? DocumentText.get("appendix.phuLuc") : label);
        title = TextNormalizer.nfc(title == null ? "" : title);
        reference = TextNormalizer.nfc(reference);
        blocks = TextNormalizer.list(blocks);
        for (Block b : blocks) {
            if (b instanceof LandscapeSection) {
                throw new IllegalArgumentException(DocumentText.get("appendix.trongPhuLucHay"));
            }
        }
    }
}
