package ir.bashgah.kernel.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one request so the caller learns all of them at once. */
public final class Validation {
  private final List<FieldError> errors = new ArrayList<>();

  public Validation require(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public Validation requireText(String value, String field, int maxLength) {
    if (isBlank(value)) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return this;
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }
}
