package vn.baocao.document;

/** A document using every part of the model, for render tests. */
public final class DocumentJsonSample {
    private DocumentJsonSample() {
    }

    public static AdministrativeDocument sample() {
        return DocumentJsonTest.sample();
    }
}
