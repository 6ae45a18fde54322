package ir.bashgah.members.application;

import ir.bashgah.members.api.MemberSieve;
import ir.bashgah.members.api.NewMember;
import ir.bashgah.members.api.NewMembers;
import ir.bashgah.members.api.RowProblem;
import ir.bashgah.members.domain.card.CardType;
import ir.bashgah.members.domain.catalogue.CatalogueEntry;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.catalogue.MemberCategory;
import ir.bashgah.members.domain.catalogue.MemberGroup;
import ir.bashgah.members.domain.member.MemberRows;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registers the members an import brings (M1, P10): every row is checked as a registration would
 * check it, and written in batches with a block of member codes and a first STANDARD card each. No
 * MemberRegistered is fired: imported members bring their own opening balances and get no joining bonus.
 */
@ApplicationScoped
public class RegisterImportedMembers implements NewMembers {
  @Inject Catalogues catalogues;
  @Inject MemberRows rows;
  @Inject Members members;

  @Override
  public MemberSieve sieve(LocalDate today) {
    return new ImportSieve(today, codes(MemberGroup.class), codes(MemberCategory.class));
  }

  private Set<String> codes(Class<? extends CatalogueEntry> type) {
    return catalogues.all(type).stream().map(CatalogueEntry::code).collect(Collectors.toSet());
  }

  /**
   * Refuses, in the caller's transaction, the rows whose mobile, national code or external reference a
   * member of the club already has, or whose referrer is no member; answers the others.
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Screened screen(List<NewMember> batch) {
    List<RowProblem> refused = new ArrayList<>();
    Set<Long> out = new HashSet<>();
    refuseTaken(batch, "mobile_index", m -> prepared(m).mobileIndex(), "mobile", "already belongs to member ", refused, out);
    refuseTaken(batch, "national_code_index", m -> prepared(m).nationalCodeIndex(), "nationalCode", "already belongs to member ", refused, out);
    refuseTaken(batch, "external_ref", m -> lower(prepared(m).details().externalRef()), "externalRef", "already belongs to member ", refused, out);
    Set<String> referrers = batch.stream().map(m -> prepared(m).details().referrerCode()).filter(r -> r != null).collect(Collectors.toSet());
    Set<String> known = rows.taken("member_code", referrers).keySet();
    for (NewMember m : batch) {
      String referrer = prepared(m).details().referrerCode();
      if (referrer != null && !known.contains(referrer) && out.add(m.row())) {
        refused.add(new RowProblem(m.row(), "referrerCode", "no member with code " + referrer + " in this club"));
      }
    }
    return new Screened(batch.stream().filter(m -> !out.contains(m.row())).toList(), refused);
  }

  /**
   * Registers {@code accepted} (screened in this transaction) with consecutive member codes and a first
   * STANDARD card each. The member-code counter stays locked until the caller's transaction ends, so the
   * caller writes everything else first. A member who raced in meanwhile, or a group deleted meanwhile,
   * fails the statement, and with it the caller's transaction.
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Registered> register(List<NewMember> accepted, String branch, Instant now) {
    if (accepted.isEmpty()) {
      return List.of();
    }
    CardType standard = catalogues.byCode(CardType.class, CardType.STANDARD)
        .orElseThrow(() -> new IllegalStateException("Card type STANDARD is missing; the members migrations seed it"));
    long[] ids = accepted.stream().mapToLong(NewMember::memberId).toArray();
    long firstCode = members.reserveCodes(accepted.size());
    List<MemberRows.Written> written = rows.insert(accepted.stream().map(RegisterImportedMembers::prepared).toList(), ids, firstCode, standard, branch, now);
    List<Registered> registered = new ArrayList<>(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      registered.add(new Registered(accepted.get(i).row(), written.get(i).memberId(), written.get(i).memberCode()));
    }
    return registered;
  }

  private void refuseTaken(List<NewMember> batch, String column, Function<NewMember, String> key, String field, String message,
      List<RowProblem> refused, Set<Long> out) {
    Set<String> values = batch.stream().map(key).filter(v -> v != null).collect(Collectors.toSet());
    Map<String, String> taken = rows.taken(column, values);
    if (taken.isEmpty()) {
      return;
    }
    Map<String, String> byKey = taken.entrySet().stream().collect(Collectors.toMap(e -> lower(e.getKey()), Map.Entry::getValue, (a, b) -> a));
    for (NewMember m : batch) {
      String value = key.apply(m);
      String owner = value == null ? null : byKey.get(lower(value));
      if (owner != null) {
        out.add(m.row());
        refused.add(new RowProblem(m.row(), field, message + owner));
      }
    }
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  /** The rows a sieve of this module accepted: an import hands back only what {@link #sieve} made. */
  private static MemberRows.Prepared prepared(NewMember member) {
    return ((ImportedMember) member).prepared;
  }
}
