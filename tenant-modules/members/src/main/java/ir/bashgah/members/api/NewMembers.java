package ir.bashgah.members.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Registering many members at once, for imports of existing customers (M1, P10): every row is checked
 * as a registration would check it, and written in batches with a block of member codes and a first
 * STANDARD card each. No {@link MemberRegistered} is fired: imported members bring their own opening
 * balances and get no joining bonus.
 */
public interface NewMembers {
  /** A batch screened against the club: the rows that may be written, and the rows refused. */
  record Screened(List<NewMember> accepted, List<RowProblem> refused) {}

  /** A row written as a member. */
  record Registered(long row, long memberId, String memberCode) {}

  /** A sieve for one file, knowing the club's groups and categories as they are now. */
  MemberSieve sieve(LocalDate today);

  /**
   * Refuses, in the caller's transaction, the rows whose mobile, national code or external reference a
   * member of the club already has, or whose referrer is no member; answers the others.
   */
  Screened screen(List<NewMember> batch);

  /**
   * Registers {@code accepted} (screened in this transaction) with consecutive member codes and a first
   * STANDARD card each. The member-code counter stays locked until the caller's transaction ends, so the
   * caller writes everything else first. A member who raced in meanwhile, or a group deleted meanwhile,
   * fails the statement, and with it the caller's transaction.
   */
  List<Registered> register(List<NewMember> accepted, String branch, Instant now);
}
