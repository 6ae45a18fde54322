package ir.bashgah.kernel.problem;

import java.time.Duration;
import java.util.List;

/**
 * A failure the caller can act on. Thrown anywhere below the web layer; the web layer turns it into
 * RFC 9457 problem+json. Domain code throws it instead of HTTP exceptions so it stays HTTP-free.
 */
public class Problem extends RuntimeException {
  private final ProblemType type;
  private final List<FieldError> errors;
  private final long retryAfterSeconds;

  public Problem(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public Problem(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, errors, 0);
  }

  private Problem(ProblemType type, String detail, List<FieldError> errors, long retryAfterSeconds) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A refusal the caller may try again after {@code retryAfter} (rounded up to whole seconds, at least one). */
  public static Problem tooManyRequests(String detail, Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return new Problem(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), seconds);
  }

  /** Seconds the caller should wait before trying again (the Retry-After header); 0 when there is no such advice. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }

  public static Problem notFound(String detail) {
    return new Problem(ProblemType.NOT_FOUND, detail);
  }

  public static Problem conflict(String detail) {
    return new Problem(ProblemType.CONFLICT, detail);
  }

  public static Problem forbidden(String detail) {
    return new Problem(ProblemType.FORBIDDEN, detail);
  }

  public static Problem unauthorized(String detail) {
    return new Problem(ProblemType.UNAUTHORIZED, detail);
  }

  public static Problem invalid(String field, String message) {
    return new Problem(
        ProblemType.VALIDATION_FAILED, field + ": " + message, List.of(new FieldError(field, message)));
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(
        ProblemType.VALIDATION_FAILED,
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors",
        errors);
  }
}
