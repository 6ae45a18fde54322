package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.FileKind;
import ir.bashgah.imports.domain.memberimport.Sheet;

/** The reader of each kind of file. */
public final class Sheets {
  private Sheets() {}

  public static Sheet of(FileKind kind) {
    return switch (kind) {
      case CSV -> new CsvSheet();
      case XLSX -> new XlsxSheet();
    };
  }
}
