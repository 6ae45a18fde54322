package ir.bashgah.imports.domain.memberimport;

import java.nio.file.Path;
import java.util.List;

/** A file of rows read front to back, one row in memory at a time, whatever its format. */
public interface Sheet {
  /** Receives the first non-blank row as the header, then every further non-blank row, each with its row number as a spreadsheet shows it. */
  interface Rows {
    void header(long row, List<String> cells);

    void row(long row, List<String> cells);
  }

  /** A file that cannot be read as this kind; the message is for the person who uploaded it. */
  class BrokenFile extends Exception {
    public BrokenFile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Thrown by a {@link Rows} that has read enough; the reader stops quietly. */
  class Stop extends RuntimeException {
    public Stop() {
      super(null, null, false, false);
    }
  }

  void read(Path file, Rows rows) throws BrokenFile;
}
