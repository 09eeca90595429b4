package vn.baocao.app.report;

import org.fxmisc.richtext.model.NodeSegmentOpsBase;

/** A token takes one place in the editor's text, so it is selected, copied and deleted whole. */
final class TokenOps extends NodeSegmentOpsBase<Token, RunStyle> {
    TokenOps() {
        super(Token.NONE);
    }

    @Override
    public int length(Token token) {
        return token.real() ? 1 : 0;
    }
}
