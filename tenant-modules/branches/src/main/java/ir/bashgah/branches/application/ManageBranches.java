package ir.bashgah.branches.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.branches.domain.branch.Branch;
import ir.bashgah.branches.domain.branch.Branches;
import ir.bashgah.branches.domain.branch.Terminal;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.security.api.ApiKeys;
import ir.bashgah.security.api.IssuedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Branches and their terminals. A branch manager sees only his own branch; to him every other branch
 * does not exist (404), as another tenant's would not.
 */
@ApplicationScoped
public class ManageBranches {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public record BranchView(String code, String name, boolean active, Instant createdAt) {
    static BranchView of(Branch b) {
      return new BranchView(b.code(), b.name(), b.isActive(), b.createdAt());
    }
  }

  public record TerminalView(String terminalId, String branch, String name, boolean active, Instant createdAt, Instant revokedAt) {
    static TerminalView of(Terminal t, Branch b) {
      return new TerminalView(t.terminalId(), b.code(), t.name(), t.isActive(), t.createdAt(), t.revokedAt());
    }
  }

  /** The answer of creating a terminal: the only time the key is ever shown. */
  public record NewTerminal(String terminalId, String branch, String name, String apiKey) {}

  @Inject Branches branches;
  @Inject ApiKeys apiKeys;
  @Inject AuditLog audit;
  @Inject Clock clock;


  @Transactional
  public BranchView create(String code, String name) {
    Validation v = new Validation();
    v.require(code != null && CODE.matcher(code).matches(), "code", "must be 1 to 32 lower-case letters, digits or dashes, starting with a letter or digit");
    v.requireText(name, "name", 200);
    v.throwIfInvalid();
    if (branches.byCode(code).isPresent()) {
      throw Problem.conflict("A branch with code '" + code + "' already exists");
    }
    Branch branch = new Branch(code, name.trim(), Instant.now(clock));
    branches.add(branch);
    try {
      branches.flush();
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("A branch with code '" + code + "' already exists");
      }
      throw e;
    }
    BranchView view = BranchView.of(branch);
    audit.record("BRANCH.CREATE", "branch", code, null, view);
    return view;
  }

  @Transactional
  public List<BranchView> list() {
    Actor actor = CallContext.actor();
    return branches.all().stream().filter(b -> !actor.isOutsideBranch(b.code())).map(BranchView::of).toList();
  }

  @Transactional
  public BranchView get(String code) {
    return BranchView.of(visible(code));
  }

  @Transactional
  public NewTerminal createTerminal(String branchCode, String name) {
    Validation v = new Validation();
    v.requireText(name, "name", 200);
    v.throwIfInvalid();
    Branch branch = visible(branchCode);
    Terminal terminal = new Terminal(branch, name.trim(), Instant.now(clock));
    branches.add(terminal);
    IssuedKey key = apiKeys.issue(branch.code(), terminal.terminalId(), branch.code() + "/" + terminal.name());
    audit.record("TERMINAL.CREATE", "terminal", terminal.terminalId(), null, TerminalView.of(terminal, branch));
    return new NewTerminal(terminal.terminalId(), branch.code(), terminal.name(), key.apiKey());
  }

  @Transactional
  public List<TerminalView> terminals(String branchCode) {
    Branch branch = visible(branchCode);
    return branches.terminalsOf(branch).stream().map(t -> TerminalView.of(t, branch)).toList();
  }

  /** Revokes the terminal's key at once; calls with it answer 401 from then on. Harmless twice. */
  @Transactional
  public TerminalView revokeTerminal(String branchCode, String terminalId) {
    Branch branch = visible(branchCode);
    Terminal terminal = branches.terminal(branch, terminalId).orElseThrow(() -> Problem.notFound("No terminal " + terminalId + " in branch " + branchCode));
    TerminalView before = TerminalView.of(terminal, branch);
    terminal.revoke(Instant.now(clock));
    int revokedKeys = apiKeys.revokeTerminal(terminal.terminalId());
    TerminalView after = TerminalView.of(terminal, branch);
    if (revokedKeys > 0 || before.active()) {
      audit.record("TERMINAL.REVOKE", "terminal", terminalId, before, after);
    }
    return after;
  }

  private Branch visible(String code) {
    if (CallContext.actor().isOutsideBranch(code)) {
      throw Problem.notFound("No branch with code '" + code + "'");
    }
    return branches.byCode(code).orElseThrow(() -> Problem.notFound("No branch with code '" + code + "'"));
  }
}
