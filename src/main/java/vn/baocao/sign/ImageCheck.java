package vn.baocao.sign;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Checks a signature or seal image against Phụ lục I before it is registered: a PNG with a transparent background,
 * blue ink for a signature, red for a seal. A rule not met is a warning, not a refusal (the clerk may have nothing
 * better); an unreadable file is refused.
 */
public final class ImageCheck {
    /** What the image is for. */
    public enum Use { SIGNATURE, SEAL }

    /** The image's pixel size, the printed size its resolution gives (null when it has none), and the warnings. */
    public record Result(int widthPx, int heightPx, Double widthMm, Double heightMm, List<String> warnings) {
    }

    private ImageCheck() {
    }

    public static Result check(byte[] bytes, Use use, String fileName) throws SignException {
        if (bytes.length < 8 || (bytes[0] & 0xff) != 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
            throw new SignException(SignText.get("imageCheck.tepKhongPhaiAnh", fileName));
        }
        BufferedImage image;
        Double mmPerPixel;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new SignException(SignText.get("imageCheck.khongDocDuocAnh", fileName));
            }
            ImageReader reader = readers.next();
            reader.setInput(in);
            image = reader.read(0);
            mmPerPixel = mmPerPixel(reader.getImageMetadata(0));
            reader.dispose();
        } catch (IOException e) {
            throw new SignException(SignText.get("imageCheck.anhBiHongKhong", fileName), e);
        }
        List<String> warnings = new ArrayList<>();
        boolean transparentBackground = image.getColorModel().hasAlpha() && isTransparent(image, 0, 0)
                && isTransparent(image, image.getWidth() - 1, image.getHeight() - 1);
        if (!transparentBackground) {
            warnings.add(SignText.get("imageCheck.anhKhongCoNen", fileName));
        }
        String colour = use == Use.SIGNATURE ? "xanh" : SignText.get("imageCheck.do");
        if (!inkIs(image, use)) {
            warnings.add(SignText.get("imageCheck.netAnhKhongPhai", fileName, colour));
        }
        Double w = mmPerPixel == null ? null : image.getWidth() * mmPerPixel;
        Double h = mmPerPixel == null ? null : image.getHeight() * mmPerPixel;
        return new Result(image.getWidth(), image.getHeight(), w, h, List.copyOf(warnings));
    }

    private static boolean isTransparent(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) >>> 24) < 16;
    }

    /** Most of the coloured (not transparent, not white or grey) pixels lean to blue, or to red. */
    private static boolean inkIs(BufferedImage image, Use use) {
        long wanted = 0;
        long ink = 0;
        int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 200);
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) < 128) {
                    continue;
                }
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (Math.max(r, Math.max(g, b)) > 235 && Math.min(r, Math.min(g, b)) > 200) {
                    continue; // white background
                }
                ink++;
                boolean ok = use == Use.SIGNATURE ? b > r + 30 && b > g + 10 : r > g + 60 && r > b + 60;
                if (ok) {
                    wanted++;
                }
            }
        }
        return ink > 0 && wanted * 2 > ink;
    }

    /** The resolution the PNG states (its pHYs chunk), as millimetres per pixel; null when it states none. */
    private static Double mmPerPixel(IIOMetadata metadata) {
        try {
            Node root = metadata.getAsTree("javax_imageio_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("Dimension".equals(n.getNodeName())) {
                    for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                        if ("HorizontalPixelSize".equals(d.getNodeName())) {
                            double value = Double.parseDouble(d.getAttributes().getNamedItem("value").getNodeValue());
                            return value > 0.005 && value < 5 ? value : null;
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
