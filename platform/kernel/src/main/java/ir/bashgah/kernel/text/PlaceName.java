package ir.bashgah.kernel.text;

/**
 * A place's name (a member's city) as it is compared: the same city typed on two keyboards is one. Arabic
 * yeh and kaf (an Arabic keyboard layout's ي and ك) become the Persian ی and ک, runs of spaces and
 * zero-width non-joiners at the ends collapse, blank is none.
 */
public final class PlaceName {
  private PlaceName() {}

  public static String normalize(String city) {
    if (city == null) {
      return null;
    }
    String s = city.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9')
        .replaceAll("[\\s\u00A0]+", " ").strip();
    s = s.replaceAll("^\u200C+|\u200C+$", "").strip();
    return s.isEmpty() ? null : s;
  }
}
