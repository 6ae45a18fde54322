package ir.bashgah.imports.application;

import ir.bashgah.imports.domain.memberimport.MemberImports;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.api.OpeningBalances;
import ir.bashgah.members.api.NewMember;
import ir.bashgah.members.api.NewMembers;
import ir.bashgah.members.api.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Writes a batch of checked rows in ONE transaction: standings, balances, entries, lots, members,
 * first cards, the batch's errors and the import's counts commit together or not at all. When the
 * database refuses the batch (a member who registered at a till meanwhile, a group deleted meanwhile),
 * its rows are written again one at a time, each in a transaction of its own, so that the one bad row
 * is reported and the others are imported.
 */
@ApplicationScoped
public class ImportWriter {
  private static final Logger LOG = Logger.getLogger(ImportWriter.class.getName());
  /** Card numbers are random: two equal ones in a million are rare but possible, and simply drawn again. */
  private static final int CARD_DRAWS = 3;

  /** Who writes, for the ledger entries and the members' rows. */
  record Writing(long importId, String reason, String actor, Instant at) {}

  @Inject NewMembers newMembers;
  @Inject OpeningBalances balances;
  @Inject MemberImports imports;
  @Inject Transactions tx;

  void write(Writing w, ImportBatch batch) {
    RuntimeException failure = null;
    for (int draw = 1; draw <= CARD_DRAWS; draw++) {
      try {
        tx.runInNew(() -> {
          Counts c = register(w, batch.members, batch);
          List<RowProblem> errors = new ArrayList<>(batch.problems);
          errors.addAll(c.refused);
          imports.progress(w.importId(), batch.rowsRead, c.imported, batch.rowsRefused + c.refusedRows, errors);
        });
        return;
      } catch (RuntimeException e) {
        failure = e;
        if (!isCardNumberTaken(e)) {
          break;
        }
      }
    }
    String refusal = constraintOf(failure);
    LOG.info(() -> "Import " + w.importId() + ": a batch of " + batch.members.size() + " rows was refused by the database (" + refusal
        + "); writing its rows one at a time");
    oneByOne(w, batch);
  }

  private void oneByOne(Writing w, ImportBatch batch) {
    List<RowProblem> errors = new ArrayList<>(batch.problems);
    long refused = batch.rowsRefused;
    for (NewMember member : batch.members) {
      RowProblem problem = writeAlone(w, member, batch);
      if (problem != null) {
        errors.add(problem);
        refused++;
      }
    }
    long refusedRows = refused;
    tx.runInNew(() -> imports.progress(w.importId(), batch.rowsRead, 0, refusedRows, errors));
  }

  /** Writes one row in its own transaction; answers why it could not be written, or null. */
  private RowProblem writeAlone(Writing w, NewMember member, ImportBatch batch) {
    for (int draw = 1; ; draw++) {
      try {
        tx.runInNew(() -> {
          Counts c = register(w, List.of(member), batch);
          imports.progress(w.importId(), 0, c.imported, c.refusedRows, c.refused);
        });
        return null;
      } catch (RuntimeException e) {
        if (isCardNumberTaken(e) && draw < CARD_DRAWS) {
          continue;
        }
        RowProblem problem = explain(member.row(), e);
        if (problem == null) {
          throw e;
        }
        return problem;
      }
    }
  }

  private record Counts(long imported, long refusedRows, List<RowProblem> refused) {}

  /**
   * Screens the rows against the club, writes the accepted ones' opening balances, then the members
   * themselves: the member-code counter is locked last, so a second writer's batch (or a till
   * registering a member) waits for it only while members and cards are written.
   */
  private Counts register(Writing w, List<NewMember> members, ImportBatch batch) {
    if (members.isEmpty()) {
      return new Counts(0, 0, List.of());
    }
    NewMembers.Screened screened = newMembers.screen(members);
    List<OpeningBalances.Opening> openings = screened.accepted().stream().map(m -> {
      ImportBatch.Opening o = batch.openings.get(m.row());
      return new OpeningBalances.Opening(m.memberId(), o.points(), o.credit());
    }).toList();
    balances.open(openings, w.reason(), w.actor(), w.at());
    int registered = newMembers.register(screened.accepted(), null, w.at()).size();
    long refusedRows = screened.refused().stream().mapToLong(RowProblem::row).distinct().count();
    return new Counts(registered, refusedRows, screened.refused());
  }

  /** What a database refusal of one row means to the person who sent the file; null for a fault that is not the row's. */
  static RowProblem explain(long row, Throwable e) {
    String constraint = constraintOf(e);
    if (constraint == null) {
      return null;
    }
    return switch (constraint) {
      case "uq_member_mobile" -> new RowProblem(row, "mobile", "was registered by another member while the file was being imported");
      case "uq_member_national_code" -> new RowProblem(row, "nationalCode", "was registered by another member while the file was being imported");
      case "uq_member_external_ref" -> new RowProblem(row, "externalRef", "was registered by another member while the file was being imported");
      case "fk_member_group" -> new RowProblem(row, "group", "the member group was deleted while the file was being imported");
      case "fk_member_category" -> new RowProblem(row, "category", "the member category was deleted while the file was being imported");
      default -> new RowProblem(row, "row", "could not be stored (" + constraint + ")");
    };
  }

  private static boolean isCardNumberTaken(Throwable e) {
    return "uq_card_number".equals(constraintOf(e));
  }

  /** The unique or foreign key a database refusal names, from MariaDB's message; null when it is no such refusal. */
  static String constraintOf(Throwable e) {
    if (e == null || !(Constraints.isDuplicateKey(e) || Constraints.isForeignKeyViolation(e))) {
      return null;
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      for (String name : List.of("uq_member_mobile", "uq_member_national_code", "uq_member_external_ref", "uq_member_code", "uq_card_number",
          "fk_member_group", "fk_member_category", "fk_card_type")) {
        if (message.contains(name)) {
          return name;
        }
      }
    }
    return "constraint";
  }
}
