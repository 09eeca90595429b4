package vn.baocao.document.compose;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.document.DocumentType;
import vn.baocao.document.text.DocumentText;
import vn.baocao.domain.UnitHeader;

/**
 * The Nơi nhận a new document of each type gets from the clerk's unit when the office saved none for the type
 * (Nghị định 30, Phụ lục I, II.9b): a Công văn starts with "Như trên" (its Kính gửi, which is the superior the report
 * list names "(b/c)"); a Kế hoạch and a Thông báo also go to the bodies that carry them out; a Báo cáo goes as the
 * unit's header gives.
 */
public final class UnitRecipients {
    private UnitRecipients() {
    }

    public static List<String> of(DocumentType type, UnitHeader header) {
        List<String> report = header.recipients();
        List<String> out = new ArrayList<>();
        switch (type) {
            case CONG_VAN -> {
                out.add(DocumentText.get("unitRecipients.nhuTren"));
                // the superior "(b/c)" is the letter's Kính gửi: "Như trên" already names it
                report.stream().filter(l -> !l.endsWith("(b/c)")).forEach(out::add);
            }
            case KE_HOACH, THONG_BAO -> {
                out.addAll(report.subList(0, report.size() - 1));
                out.add(DocumentText.get("unitRecipients.cacCoQuan"));
                out.add(report.get(report.size() - 1));
            }
            default -> out.addAll(report);
        }
        return out;
    }
}
