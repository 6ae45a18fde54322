package ir.bashgah.kernel.text;

/** The Luhn (mod 10) check digit, which catches any single wrong digit and most swapped neighbours. */
public final class Luhn {
  private Luhn() {}

  public static int checkDigit(String payload) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }

  public static boolean isValid(String number) {
    return number != null
        && number.matches("\\d{2,}")
        && checkDigit(number.substring(0, number.length() - 1)) == number.charAt(number.length() - 1) - '0';
  }
}
