package ir.bashgah.portal.domain.branding;

import java.time.Instant;
import java.util.Optional;

/** The club's portal look (one row) and its images. */
public interface Brandings {
  /** The club's look; {@link Branding#STANDARD} before its first change. */
  Branding current();

  /** The look's row, locked, created as the standard look first. */
  Branding lock(Instant now);

  void save(Branding b, Instant now);

  void saveLogo(byte[] image, String type, Instant now);

  void saveIcon(byte[] icon512, byte[] icon192, Instant now);

  record Image(byte[] bytes, String type) {}

  Optional<Image> logo();

  /** The app icon at 512 or 192 pixels. */
  Optional<Image> icon(int size);
}
