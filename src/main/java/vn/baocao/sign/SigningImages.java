package vn.baocao.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.baocao.store.Database;
import vn.baocao.store.SigningImageRepository;
import vn.baocao.store.SigningImageRepository.Kind;

/**
 * Registers a signer's signature image or a unit's seal image in the database (the command line and the Cài đặt page
 * share this): checks it by Phụ lục I, works out the printed size, keeps it, and returns the warnings to show.
 */
public final class SigningImages {
    /** A signature image is printed this wide when neither the clerk nor the image says otherwise. */
    public static final double DEFAULT_SIGNATURE_WIDTH_MM = 40;

    /** What was kept: the printed size and the rules the image does not meet. */
    public record Registered(double widthMm, double heightMm, List<String> warnings) {
    }

    private final Database db;

    public SigningImages(Database db) {
        this.db = db;
    }

    /**
     * @param widthMm the printed width the clerk gave (a seal's real diameter), or null for the one the image's
     *                resolution gives; a seal with neither is refused, since its real size is the rule
     */
    public Registered register(Kind kind, String owner, Path file, Double widthMm) throws SignException {
        if (owner == null || owner.isBlank()) {
            throw new SignException(kind == Kind.SIGNATURE ? SignText.get("signingImages.hayGhiHoTen")
                    : SignText.get("signingImages.hayGhiTenCo"));
        }
        byte[] png;
        try {
            png = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SignException(SignText.get("signingImages.khongDocDuocTep", file.toAbsolutePath()), e);
        }
        String name = file.getFileName().toString();
        ImageCheck.Result result = ImageCheck.check(png, kind == Kind.SIGNATURE ? ImageCheck.Use.SIGNATURE : ImageCheck.Use.SEAL,
                name);
        Double w = widthMm != null ? widthMm : result.widthMm() != null ? result.widthMm()
                : kind == Kind.SIGNATURE ? Double.valueOf(DEFAULT_SIGNATURE_WIDTH_MM) : null;
        if (w == null) {
            throw new SignException(SignText.get("signingImages.anhKhongGhiDo", name));
        }
        if (w < 1 || w > 100) {
            throw new SignException(SignText.get("signingImages.kichThuocMmKhong", String.format(java.util.Locale.ROOT, "%.1f", w).replace('.', ',')));
        }
        double h = w * result.heightPx() / result.widthPx();
        String who = owner.strip();
        db.inTransaction(c -> {
            new SigningImageRepository(c).put(kind, who, png, w, h);
            return null;
        });
        return new Registered(w, h, result.warnings());
    }

    /** The registered image, as a signature shows it. */
    public Optional<StampImage> get(Kind kind, String owner) {
        return db.read(c -> new SigningImageRepository(c).get(kind, owner.strip()))
                .map(i -> new StampImage(i.png(), i.widthMm(), i.heightMm()));
    }
}
