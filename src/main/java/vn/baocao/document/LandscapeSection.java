package vn.baocao.document;

import java.util.List;
import vn.baocao.document.text.DocumentText;

/** Blocks printed on landscape pages (a wide table), then portrait again. */
public record LandscapeSection(List<Block> blocks) implements Block {
    public LandscapeSection {
        blocks = TextNormalizer.list(blocks);
        for (Block b : blocks) {
            if (b instanceof LandscapeSection) {
                throw new IllegalArgumentException(DocumentText.get("landscapeSection.khongTheLongTrang"));
            }
        }
    }
}
