package vn.baocao.sign;

/** A registered image (the signer's signature or the unit's seal): PNG bytes and the size it is printed at, in mm. */
public record StampImage(byte[] png, double widthMm, double heightMm) {
    public StampImage {
        if (png == null || png.length == 0 || widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException(SignText.get("stampImage.hinhAnhHoacKich"));
        }
    }
}
