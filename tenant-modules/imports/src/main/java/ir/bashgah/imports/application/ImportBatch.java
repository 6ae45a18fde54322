package ir.bashgah.imports.application;

import ir.bashgah.members.api.NewMember;
import ir.bashgah.members.api.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows read from a file and checked, waiting to be written together: the members, what each brings, and the rows refused. */
final class ImportBatch {
  /** Opening points and credit of a row. */
  record Opening(long points, long credit) {}

  /** Tells a writer that no batch follows. */
  static final ImportBatch END = new ImportBatch();

  final List<NewMember> members = new ArrayList<>();
  final Map<Long, Opening> openings = new HashMap<>();
  final List<RowProblem> problems = new ArrayList<>();
  long rowsRead;
  long rowsRefused;

  void accept(NewMember member, long points, long credit) {
    rowsRead++;
    members.add(member);
    openings.put(member.row(), new Opening(points, credit));
  }

  void refuse(List<RowProblem> rowProblems) {
    rowsRead++;
    rowsRefused++;
    problems.addAll(rowProblems);
  }

  boolean isEmpty() {
    return rowsRead == 0;
  }
}
