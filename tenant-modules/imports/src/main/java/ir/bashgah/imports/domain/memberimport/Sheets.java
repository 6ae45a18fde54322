package ir.bashgah.imports.domain.memberimport;

/** The reader of each kind of file. */
public interface Sheets {
  Sheet of(FileKind kind);
}
