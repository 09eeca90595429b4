package vn.baocao.render.docx;

import vn.baocao.render.layout.Element;

/**
 * The footnotes part: the separator and continuation-separator notes Word itself writes (ids -1 and 0), then each
 * note in the order of its mark, numbered from 3 as the file has always been numbered (ids 1 and 2 stay free).
 */
final class WordFootnotes {
    private static final int FIRST_ID = 3;

    private final WordXml x = new WordXml(16 * 1024);
    private int next = FIRST_ID;

    WordFootnotes() {
        x.raw(WordPackage.XML_DECLARATION)
                .open("w:footnotes", "xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
                .open("w:footnote", "w:type", "separator", "w:id", "-1")
                .raw("<w:p><w:r><w:separator/></w:r></w:p>").close("w:footnote")
                .open("w:footnote", "w:type", "continuationSeparator", "w:id", "0")
                .raw("<w:p><w:r><w:continuationSeparator/></w:r></w:p>").close("w:footnote");
    }

    /** Adds a note and returns the id its mark refers to. */
    int add(String text) {
        int id = next++;
        x.open("w:footnote", "w:type", "normal", "w:id", Integer.toString(id))
                .open("w:p").open("w:pPr").empty("w:pStyle", "w:val", WordStyleNames.id(Element.FOOTNOTE))
                .close("w:pPr")
                .open("w:r").open("w:rPr").empty("w:rStyle", "w:val", WordStyleNames.FOOTNOTE_REFERENCE).close("w:rPr")
                .empty("w:footnoteRef").close("w:r")
                // the space between the number and the text is part of the text, as Word writes it
                .open("w:r").t(" " + text).close("w:r")
                .close("w:p").close("w:footnote");
        return id;
    }

    String xml() {
        return x + "</w:footnotes>";
    }
}
