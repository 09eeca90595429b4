package vn.baocao.sign;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;

/** Signature and seal images drawn for the tests: blue strokes and a red seal, on transparent backgrounds. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] signature() throws Exception {
        BufferedImage img = new BufferedImage(480, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        g.setColor(new Color(20, 40, 170));
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(40, 170, 120, 20, 180, 220, 250, 90));
        g.draw(new CubicCurve2D.Double(250, 90, 300, 20, 330, 200, 440, 60));
        g.drawLine(80, 200, 420, 180);
        return png(img, g);
    }

    public static byte[] seal() throws Exception {
        BufferedImage img = new BufferedImage(420, 420, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = start(img);
        g.setColor(new Color(220, 20, 30));
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, 400, 400);
        g.setStroke(new BasicStroke(5));
        g.drawOval(60, 60, 300, 300);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
        g.drawString("UBND", 150, 200);
        g.drawString("XÍN MẦN", 110, 260);
        g.fillPolygon(new int[] {210, 222, 250, 226, 234, 210, 186, 194, 170, 198}, new int[] {100, 128, 128, 144, 172, 156, 172, 144, 128, 128}, 10);
        return png(img, g);
    }

    /** A white, opaque, black image: what a scan of a signature often is. */
    public static byte[] opaqueBlack() throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawLine(10, 80, 190, 20);
        return png(img, g);
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage img, Graphics2D g) throws Exception {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
