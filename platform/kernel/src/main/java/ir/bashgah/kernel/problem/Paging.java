package ir.bashgah.kernel.problem;

/** A page of a list as the API takes it: page from 0, at most 200 rows. */
public record Paging(int page, int size) {
  public static final int MAX_SIZE = 200;

  public static Paging checked(int page, int size) {
    new Validation()
        .require(page >= 0, "page", "must be 0 or more")
        .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
        .throwIfInvalid();
    return new Paging(page, size);
  }
}
