package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.FileKind;
import ir.bashgah.imports.domain.memberimport.Sheet;
import ir.bashgah.imports.domain.memberimport.Sheets;
import jakarta.enterprise.context.ApplicationScoped;

/** The reader of each kind of file: Apache Commons CSV and Apache POI's streaming reader. */
@ApplicationScoped
public class FileSheets implements Sheets {
  @Override
  public Sheet of(FileKind kind) {
    return switch (kind) {
      case CSV -> new CsvSheet();
      case XLSX -> new XlsxSheet();
    };
  }
}
