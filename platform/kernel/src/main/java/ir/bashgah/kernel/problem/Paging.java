package ir.bashgah.kernel.problem;

import java.util.List;

/**
 * A page of a list as the API takes it: page from 0 to {@link #MAX_PAGE}, at most {@link #MAX_SIZE}
 * rows. The bounds keep {@code page * size}, the offset every list query skips, within an int: a page
 * beyond them answers 422 naming {@code page}, never a 500. A page number that is not a whole number
 * at all is a malformed request (400).
 */
public record Paging(int page, int size) {
  public static final int MAX_SIZE = 200;

  /** 10,000,000: with {@link #MAX_SIZE} rows a page, the offset stays below {@link Integer#MAX_VALUE}. */
  public static final int MAX_PAGE = 10_000_000;

  public static Paging checked(int page, int size) {
    return checked(page, size, MAX_SIZE);
  }

  /** A list with a smaller page size limit than {@link #MAX_SIZE}. */
  public static Paging checked(int page, int size, int maxSize) {
    new Validation()
        .require(page >= 0 && page <= MAX_PAGE, "page", "must be a whole number from 0 to " + String.format(java.util.Locale.ROOT, "%,d", MAX_PAGE))
        .require(size >= 1 && size <= maxSize, "size", "must be between 1 and " + maxSize)
        .throwIfInvalid();
    return new Paging(page, size);
  }

  /**
   * The query parameters as typed: blank means the default; a value that is not a whole number
   * answers 400 malformed-request naming it, one out of range 422 validation-failed.
   */
  public static Paging parse(String page, String size, int defaultSize, int maxSize) {
    Integer p = whole("page", page, 0);
    Integer s = whole("size", size, defaultSize);
    return checked(p, s, maxSize);
  }

  /** Rows a page has when the caller does not say. */
  public static final int DEFAULT_SIZE = 50;

  /** {@code ?page=&size=} as typed, {@link #DEFAULT_SIZE} rows by default, at most {@link #MAX_SIZE}. */
  public static Paging of(String page, String size) {
    return parse(page, size, DEFAULT_SIZE, MAX_SIZE);
  }

  /** The offset of the page's first row. */
  public long offset() {
    return (long) page * size;
  }

  private static int whole(String field, String text, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String t = text.trim();
    if (!t.matches("[+-]?[0-9]+")) {
      throw new Problem(ProblemType.MALFORMED_REQUEST, "Query parameter " + field + " must be a whole number",
          List.of(new FieldError(field, "must be a whole number")));
    }
    // Beyond an int is beyond every bound: out of range (422), not unreadable.
    java.math.BigInteger value = new java.math.BigInteger(t);
    return value.max(java.math.BigInteger.valueOf(Integer.MIN_VALUE)).min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
  }
}
