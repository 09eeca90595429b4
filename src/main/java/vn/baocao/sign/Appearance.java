package vn.baocao.sign;

/** What a signature shows on the page, by Nghị định 30, Phụ lục I (mục II.7d, II.8, III.1d). */
public sealed interface Appearance {
    /** The person's signature image, centred between the signing title and the full name {@code signerName}. */
    record SignatureImage(String signerName, StampImage image) implements Appearance {
    }

    /** The organisation's seal at its real size, covering about a third of the person's signature image on its left. */
    record Seal(StampImage image) implements Appearance {
    }

    /**
     * The organisation's signature on an attachment in its own file: no image; the document's number and the signing
     * time (ISO 8601) at the top right of the first page, Times New Roman 10 pt, black.
     */
    record AttachmentBlock(String documentNumber) implements Appearance {
    }
}
