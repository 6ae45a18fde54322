package ir.bashgah.web.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired once the platform schema, the admin and every tenant are migrated. Observers (the demo club)
 * may add lines to the start-up banner.
 */
public final class PlatformStarted {
  private final String publicUrl;
  private final List<String> bannerLines = new ArrayList<>();

  public PlatformStarted(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String publicUrl() {
    return publicUrl;
  }

  public void addBannerLine(String line) {
    bannerLines.add(line);
  }

  public List<String> bannerLines() {
    return bannerLines;
  }
}
