package ir.bashgah.portal.domain.branding;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The checks and resizing of a club's logo and app icon: what the bytes say they are, not what the
 * upload's Content-Type claims; PNG and JPEG decoded (a file that does not decode is no image), WebP
 * known by its header (the JDK cannot decode it, browsers can).
 */
public final class BrandImages {
  public static final int LOGO_MAX_BYTES = 200 * 1024;
  public static final int ICON_MAX_BYTES = 500 * 1024;
  public static final int ICON_MIN_PIXELS = 512;
  private static final int MAX_PIXELS = 4096;

  private BrandImages() {}

  /** The image's media type (image/png, image/jpeg, image/webp) if the bytes are one of them and of a sane size. */
  public static Optional<String> logoType(byte[] bytes) {
    if (bytes == null || bytes.length < 12) {
      return Optional.empty();
    }
    if (startsWith(bytes, new byte[] {'R', 'I', 'F', 'F'}) && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
      return Optional.of("image/webp");
    }
    String type = startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "image/png"
        : startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? "image/jpeg" : null;
    if (type == null) {
      return Optional.empty();
    }
    return decode(bytes).filter(i -> i.getWidth() <= MAX_PIXELS && i.getHeight() <= MAX_PIXELS).map(i -> type);
  }

  /** A square PNG of at least 512 pixels, decoded. */
  public static Optional<BufferedImage> icon(byte[] bytes) {
    if (bytes == null || !startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return Optional.empty();
    }
    return decode(bytes).filter(i -> i.getWidth() == i.getHeight() && i.getWidth() >= ICON_MIN_PIXELS && i.getWidth() <= MAX_PIXELS);
  }

  /** The icon at {@code size} pixels, as PNG. */
  public static byte[] png(BufferedImage source, int size) {
    BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, size, size, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(scaled, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Optional<BufferedImage> decode(byte[] bytes) {
    try {
      return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
