package ir.bashgah.imports.application;

import ir.bashgah.imports.domain.memberimport.MemberImport;
import ir.bashgah.imports.domain.memberimport.MemberImports;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.api.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The club's imports, their progress and their error reports. Another club's import is simply not found. */
@ApplicationScoped
public class ReadMemberImports {
  /** A page of a list. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  private static final int CSV_CHUNK = 5_000;

  @Inject MemberImports imports;

  public Page<MemberImportView> newestFirst(Paging paging) {
    return new Page<>(imports.newestFirst(paging.page(), paging.size()).stream().map(MemberImportView::of).toList(), paging.page(), paging.size(),
        imports.count());
  }

  public MemberImportView byId(String id) {
    return MemberImportView.of(existing(id));
  }

  public Page<RowProblem> errors(String id, Paging paging) {
    MemberImport i = existing(id);
    return new Page<>(imports.errors(i.id(), (long) paging.page() * paging.size(), paging.size()), paging.page(), paging.size(), imports.errorCount(i.id()));
  }

  /** The whole error report as CSV (row, field, message), UTF-8 with a BOM so that Excel shows Persian; written a chunk at a time. */
  public void errorsCsv(String id, OutputStream out) throws IOException {
    MemberImport i = existing(id);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("row", "field", "message").get());
    for (long offset = 0; ; offset += CSV_CHUNK) {
      List<RowProblem> chunk = imports.errors(i.id(), offset, CSV_CHUNK);
      for (RowProblem p : chunk) {
        csv.printRecord(p.row(), p.field(), p.message());
      }
      if (chunk.size() < CSV_CHUNK) {
        break;
      }
    }
    csv.flush();
  }

  /** The import, or 404: ids are numbers (Persian digits are fine), and another club's id names nothing here. */
  public MemberImport existing(String id) {
    String digits = id == null ? "" : Digits.toLatin(id.strip());
    if (!digits.matches("\\d{1,19}")) {
      throw Problem.notFound("No import " + id);
    }
    try {
      return imports.byId(Long.parseLong(digits)).orElseThrow(() -> Problem.notFound("No import " + id));
    } catch (NumberFormatException e) {
      throw Problem.notFound("No import " + id);
    }
  }
}
