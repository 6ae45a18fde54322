package ir.bashgah.kernel.problem;

/** One invalid field of a request: the JSON path of the field and what to fix. */
public record FieldError(String field, String message) {}
