package ir.bashgah.members.api;

/** Why one row of an import was not imported: its number in the file, the field (column) at fault and what to fix. */
public record RowProblem(long row, String field, String message) {}
