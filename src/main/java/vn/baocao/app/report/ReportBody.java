package vn.baocao.app.report;

import java.io.IOException;
import java.util.List;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.DocumentFiles;

/** Reads the clerk's text (trích yếu and body blocks) out of a stored report's document, and writes it back. */
public final class ReportBody {
    private ReportBody() {
    }

    public static AdministrativeDocument read(String bodyJson) {
        try {
            return DocumentFiles.fromJson(bodyJson);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static List<BodyBlock> blocks(AdministrativeDocument document) {
        return document.body().stream().map(BodyBlock::of).toList();
    }

    /** The document with the edited summary and body; everything else (appendices, recipients …) kept. */
    public static String write(AdministrativeDocument document, String summary, List<BodyBlock> blocks) {
        AdministrativeDocument d = new AdministrativeDocument(document.type(), document.profile(), document.letterhead(),
                document.number(), document.placeAndDate(), summary, document.legalBases(), document.addressees(),
                blocks.stream().map(BodyBlock::toBlock).toList(), document.recipients(), document.signature(),
                document.appendices());
        return DocumentFiles.toJson(d);
    }
}
