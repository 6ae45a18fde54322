package ir.bashgah.members.infra;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.BulkInsert;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.card.CardType;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.MemberRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Members and their first cards written in JDBC batches on the transaction's connection, for imports
 * of up to millions of rows that one EntityManager.persist per row would take hours over. Every column
 * is what {@link ir.bashgah.members.domain.member.Member} and {@link ir.bashgah.members.domain.card.Card}
 * would store: the same encryption, the same blind indexes, the same defaults.
 */
@ApplicationScoped
public class SqlMemberRows implements MemberRows {


  private static final String MEMBER_INSERT = "INSERT INTO member (id, member_code, title, first_name, last_name, group_code, category, national_code,"
      + " national_code_index, birth_date, marriage_date, education_degree, education_field, mobile, mobile_index, phone, other_phones, address,"
      + " city, postal_code, email, referrer_code, notes, external_ref, active, credit_active, registered_branch, pin_failures, created_at, updated_at, version)"
      + " VALUES";
  private static final String MEMBER_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, ?, 0, ?, ?, 0)";
  private static final String CARD_INSERT = "INSERT INTO card (id, card_number, member_id, card_type, status, issued_at, expires_on, replaced_by, version) VALUES";
  private static final String CARD_ROW = "(?, ?, ?, ?, 'ACTIVE', ?, ?, NULL, 0)";
  /** Rows per statement: a member row is under a kilobyte, so a statement stays far below max_allowed_packet. */
  private static final int ROWS_PER_STATEMENT = 500;

  @Inject EntityManager em;

  /** Writes the members with their ids (codes from {@code firstCode} on, in order) and a first card of {@code cardType} each. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public List<Written> insert(List<Prepared> members, long[] memberIds, long firstCode, CardType cardType, String branch, Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    LocalDate expiresOn = cardType.expiryFor(LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Tehran")));
    Connection c = em.unwrap(Connection.class);
    Written[] written = new Written[members.size()];
    try (BulkInsert member = new BulkInsert(c, MEMBER_INSERT, MEMBER_ROW, ROWS_PER_STATEMENT);
        BulkInsert card = new BulkInsert(c, CARD_INSERT, CARD_ROW, ROWS_PER_STATEMENT)) {
      for (int i = 0; i < members.size(); i++) {
        Prepared p = members.get(i);
        MemberDetails d = p.details();
        Written w = new Written(memberIds[i], Long.toString(firstCode + i), CardNumbers.next());
        written[i] = w;
        member.add(w.memberId(), w.memberCode(), d.title(), d.firstName(), d.lastName(), d.group(), d.category(), p.nationalCode(), p.nationalCodeIndex(),
            d.birthDate(), d.marriageDate(), d.educationDegree(), d.educationField(), p.mobile(), p.mobileIndex(), p.phone(), p.otherPhones(), p.address(),
            d.city(), d.postalCode(), d.email(), d.referrerCode(), d.notes(), d.externalRef(), branch, at, at);
        card.add(Ids.next(), w.cardNumber(), w.memberId(), cardType.code(), at, expiresOn);
      }
      // Members first: each card refers to its member.
      member.flush();
      card.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write " + members.size() + " imported members", e);
    }
    return List.of(written);
  }

  /**
   * Which of {@code values} a member of the club already has in {@code column} (a constant of the
   * caller: mobile_index, national_code_index, external_ref or member_code), each with that member's code.
   */
  @Override
  public Map<String, String> taken(String column, Collection<String> values) {
    Map<String, String> found = new HashMap<>();
    if (values.isEmpty()) {
      return found;
    }
    String marks = String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    var query = em.createNativeQuery("SELECT " + column + ", member_code FROM member WHERE " + column + " IN (" + marks + ")");
    int i = 1;
    for (String v : values) {
      query.setParameter(i++, v);
    }
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      found.put((String) cells[0], (String) cells[1]);
    }
    return found;
  }
}
