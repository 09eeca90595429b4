package vn.baocao.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.baocao.document.AdministrativeDocument;
import vn.baocao.document.AuthorityLine;
import vn.baocao.document.AuthorityMode;
import vn.baocao.document.DocumentBuilder;
import vn.baocao.document.DocumentType;
import vn.baocao.document.Signature;

/**
 * Where POI went wrong, the own writer stays readable: a NUL in the file's title made POI write the rest of
 * docProps/core.xml unescaped, and half a surrogate pair made it fail. Every part of the file is well-formed XML
 * whatever text it carries, and the text reads back as written, with "?" for what XML cannot hold. (The NUL is a
 * space by then: the model turns control characters into spaces, {@code PastedCharacters}.)
 */
class WordXmlWellFormedTest {
    private static final String TEXT = "A\u0000B\uD800C\uDC00D & <E> \"F\" 'G' ]]> \r\n\tH 😀";

    @Test
    void everyPartIsWellFormedWhateverTheText() throws Exception {
        AdministrativeDocument doc = DocumentBuilder.of(DocumentType.BAO_CAO)
                .agency(List.of(), List.of("ỦY BAN NHÂN DÂN", TEXT))
                .number(3, "UBND")
                .placeAndDate("Chí Cà", LocalDate.of(2024, 3, 7))
                .summary(TEXT)
                .paragraph("Đoạn văn")
                .recipients("Lưu: VT")
                .signature(new Signature(List.of(new AuthorityLine(AuthorityMode.TM, "UBND")), "CHỦ TỊCH", TEXT))
                .build();
        byte[] docx = new DocxRenderer().toBytes(doc);
        int parts = 0;
        String title = null;
        String body = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; parts++) {
                byte[] xml = zip.readAllBytes();
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document parsed = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
                if (e.getName().equals("docProps/core.xml")) {
                    title = parsed.getElementsByTagName("dc:title").item(0).getTextContent();
                }
                if (e.getName().equals("word/document.xml")) {
                    body = parsed.getDocumentElement().getTextContent();
                }
            }
        }
        assertThat(parts).isEqualTo(11);
        assertThat(title).endsWith("A B?C?D & <E> \"F\" 'G' ]]> \r\n\tH 😀");
        assertThat(body).contains("A B?C?D & <E> \"F\" 'G' ]]> \r\n\tH 😀");
    }
}
