package ir.bashgah.imports.domain.memberimport;

/** Where an import stands: reading and writing its rows, finished, or stopped by a file it could not read. */
public enum ImportStatus {
  RUNNING,
  DONE,
  FAILED
}
