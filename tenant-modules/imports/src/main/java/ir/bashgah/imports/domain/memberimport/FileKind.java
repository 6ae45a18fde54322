package ir.bashgah.imports.domain.memberimport;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file an import reads, by the Content-Type they are uploaded with. */
public enum FileKind {
  CSV("text/csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String mediaType;

  FileKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The kind a Content-Type names, parameters (charset) aside. */
  public static Optional<FileKind> of(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].strip();
    return Arrays.stream(values()).filter(k -> k.mediaType.equalsIgnoreCase(type)).findFirst();
  }
}
