package ir.bashgah.members.infra;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Members and cards of the tenant in context. */
@ApplicationScoped
public class JpaMembers implements Members {
  @Inject EntityManager em;
  @Inject PendingWrites writes;

  private static final String LISTING = "SELECT m.id, m.member_code, m.first_name, m.last_name, m.group_code, m.active, m.credit_active, m.referrer_code";

  @Override
  public Optional<Listing> listingByCode(String memberCode) {
    return listing(LISTING + ", NULL, NULL, NULL FROM member m WHERE m.member_code = ?", memberCode);
  }

  @Override
  public Optional<Listing> listingByCard(String cardNumber) {
    return listing(LISTING + ", c.card_number, c.status, c.expires_on FROM card c JOIN member m ON m.id = c.member_id WHERE c.card_number = ?", cardNumber);
  }

  /**
   * In a transaction, on its connection after the persistence context has written what it holds (so a
   * member registered earlier in it is found), in one round trip with what the transaction has pending
   * (at the till, its idempotency key's claim); without one, through the persistence context.
   */
  private Optional<Listing> listing(String sql, String key) {
    if (writes.inTransaction()) {
      em.flush();
      List<Listing> found = new ArrayList<>();
      writes.query(sql, rs -> found.add(new Listing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
          rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), status(rs.getString(10)),
          rs.getObject(11, LocalDate.class))), key);
      return found.stream().findFirst();
    }
    return em.createNativeQuery(sql).setParameter(1, key).getResultList().stream().findFirst().map(row -> {
      Object[] r = (Object[]) row;
      return new Listing(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], bool(r[5]), bool(r[6]), (String) r[7],
          (String) r[8], status((String) r[9]), r[10] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[10]);
    });
  }

  private static Card.Status status(String name) {
    return name == null ? null : Card.Status.valueOf(name);
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  @Override
  public Optional<Member> byCode(String memberCode) {
    return memberByCode(memberCode).getResultStream().findFirst();
  }

  /** The member, or 404 naming the code. */
  @Override
  public Member existing(String memberCode) {
    return byCode(memberCode).orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
  }

  /** The member under his row lock until the transaction ends, for changes that must not interleave; or 404. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public Member existingForUpdate(String memberCode) {
    return memberByCode(memberCode).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
        .orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
  }

  /** Codes typed with Persian digits or stray spaces find the member too. */
  private TypedQuery<Member> memberByCode(String memberCode) {
    String code = memberCode == null ? null : Digits.toLatin(memberCode).trim();
    return em.createQuery("SELECT m FROM Member m WHERE m.memberCode = :c", Member.class).setParameter("c", code);
  }

  @Override
  public Optional<Member> byMobile(String normalisedMobile) {
    return em.createQuery("SELECT m FROM Member m WHERE m.mobileIndex = :i", Member.class)
        .setParameter("i", FieldCipher.blindIndex(normalisedMobile)).getResultStream().findFirst();
  }

  @Override
  public Optional<Member> byNationalCode(String normalisedCode) {
    return em.createQuery("SELECT m FROM Member m WHERE m.nationalCodeIndex = :i", Member.class)
        .setParameter("i", FieldCipher.blindIndex(normalisedCode)).getResultStream().findFirst();
  }

  @Override
  public Optional<Member> byExternalRef(String externalRef) {
    return em.createQuery("SELECT m FROM Member m WHERE m.externalRef = :r", Member.class).setParameter("r", externalRef).getResultStream().findFirst();
  }

  @Override
  public Optional<Member> byCardNumber(String cardNumber) {
    return em.createQuery("SELECT m FROM Member m, Card c WHERE c.memberId = m.id AND c.cardNumber = :n", Member.class)
        .setParameter("n", cardNumber).getResultStream().findFirst();
  }

  /** Members whose first or last name starts with {@code prefix}, by last name. */
  @Override
  public List<Member> byNamePrefix(String prefix, int page, int size) {
    String like = likePrefix(prefix);
    return em.createQuery("SELECT m FROM Member m WHERE m.lastName LIKE :p OR m.firstName LIKE :p ORDER BY m.lastName, m.firstName, m.id", Member.class)
        .setParameter("p", like).setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public long countByNamePrefix(String prefix) {
    return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.lastName LIKE :p OR m.firstName LIKE :p", Long.class).setParameter("p", likePrefix(prefix))
        .getSingleResult();
  }

  private static String likePrefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** Members carrying {@code tag}, by last name, like the name search. */
  @Override
  public List<Member> byTag(String tag, int page, int size) {
    return em.createQuery("SELECT m FROM Member m, MemberTag t WHERE t.memberId = m.id AND t.tag = :t ORDER BY m.lastName, m.firstName, m.id", Member.class)
        .setParameter("t", tag).setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public long countByTag(String tag) {
    return em.createQuery("SELECT COUNT(t) FROM MemberTag t WHERE t.tag = :t", Long.class).setParameter("t", tag).getSingleResult();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
  }

  @Override
  public List<Member> newestFirst(int page, int size) {
    return em.createQuery("SELECT m FROM Member m ORDER BY m.createdAt DESC, m.id DESC", Member.class)
        .setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @Override
  public Optional<Card> card(String cardNumber) {
    return cardByNumber(cardNumber).getResultStream().findFirst();
  }

  /** The card under its row lock, so two changes of one card never interleave; or 404. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public Card existingCardForUpdate(String cardNumber) {
    return cardByNumber(cardNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
        .orElseThrow(() -> Problem.notFound("No card with this number"));
  }

  private TypedQuery<Card> cardByNumber(String cardNumber) {
    return em.createQuery("SELECT c FROM Card c WHERE c.cardNumber = :n", Card.class).setParameter("n", cardNumber);
  }

  @Override
  public Optional<Member> byId(long memberId) {
    return Optional.ofNullable(em.find(Member.class, memberId));
  }

  @Override
  public List<Member> byIds(java.util.Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class).setParameter("ids", List.copyOf(memberIds)).getResultList();
  }

  @Override
  public Member lockById(long memberId) {
    return em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<Card> cardsOf(Member member) {
    return em.createQuery("SELECT c FROM Card c WHERE c.memberId = :m ORDER BY c.issuedAt DESC", Card.class).setParameter("m", member.id()).getResultList();
  }

  /** The next member code of this tenant; the counter row stays locked until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public String nextMemberCode() {
    return Long.toString(reserveCodes(1));
  }

  /**
   * Reserves {@code count} member codes at once and answers the first; the counter row stays locked
   * until the transaction ends, so codes stay gap-free and ordered between imports and the tills.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public long reserveCodes(int count) {
    em.createNativeQuery("UPDATE member_code_counter SET next_value = LAST_INSERT_ID(next_value + ?) WHERE id = 1").setParameter(1, count).executeUpdate();
    long last = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    return last - count + 1;
  }

  @Override
  public void add(Object entity) {
    em.persist(entity);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
