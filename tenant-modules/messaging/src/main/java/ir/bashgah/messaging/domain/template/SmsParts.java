package ir.bashgah.messaging.domain.template;

/**
 * How many SMS a text costs. A text in the GSM alphabet takes 160 characters in one SMS and 153 per
 * part when it is split; anything else (Persian) is sent as UCS-2: 70 characters in one, 67 per part.
 * Operators bill per part, so this is what a send's cost estimate multiplies.
 */
public final class SmsParts {
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  /** These take two septets each (an escape and the character). */
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  private SmsParts() {}

  public record Count(int characters, int parts, boolean unicode) {}

  public static Count of(String text) {
    if (text == null || text.isEmpty()) {
      return new Count(0, 0, false);
    }
    int septets = 0;
    boolean unicode = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x10000 && GSM_BASIC.indexOf(cp) >= 0) {
        septets++;
      } else if (cp < 0x10000 && GSM_EXTENDED.indexOf(cp) >= 0) {
        septets += 2;
      } else {
        unicode = true;
        break;
      }
    }
    if (unicode) {
      // UCS-2 counts UTF-16 units: a character outside the basic plane (an emoji) takes two
      int units = text.length();
      return new Count(units, units <= 70 ? 1 : (units + 66) / 67, true);
    }
    return new Count(septets, septets <= 160 ? 1 : (septets + 152) / 153, false);
  }
}
