package ir.bashgah.branches.domain.branch;

import java.util.List;
import java.util.Optional;

/** The branches and terminals of the tenant in context. */
public interface Branches {
  Optional<Branch> byCode(String code);

  List<Branch> all();

  void add(Branch branch);

  void add(Terminal terminal);

  List<Terminal> terminalsOf(Branch branch);

  Optional<Terminal> terminal(Branch branch, String terminalId);

  /** Writes what is pending now, so that a broken unique key shows here rather than at commit. */
  void flush();
}
