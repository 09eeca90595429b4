package vn.baocao.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** Adds the separator and continuation-separator notes (ids -1 and 0) that Word itself writes. */
final class PoiWordFootnoteSeparators {
    private PoiWordFootnoteSeparators() {
    }

    static void install(XWPFFootnotes footnotes) {
        CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
        separator.setType(STFtnEdn.SEPARATOR);
        separator.setId(BigInteger.valueOf(-1));
        CTR r1 = separator.addNewP().addNewR();
        r1.addNewSeparator();
        footnotes.addFootnote(separator);
        CTFtnEdn continuation = CTFtnEdn.Factory.newInstance();
        continuation.setType(STFtnEdn.CONTINUATION_SEPARATOR);
        continuation.setId(BigInteger.ZERO);
        continuation.addNewP().addNewR().addNewContinuationSeparator();
        footnotes.addFootnote(continuation);
    }
}
