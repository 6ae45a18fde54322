package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.card.CardType;
import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Issues a member another card of a type of the club's catalogue (M3); a member may hold any number.
 * Also makes the first card at registration and the new card of a replacement.
 */
@ApplicationScoped
public class IssueCard {
  static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
  private static final int ATTEMPTS = 5;

  public record CardForm(String type) {}

  @Inject Members members;
  @Inject Catalogues catalogues;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public CardView issue(String memberCode, CardForm form) {
    String code = form == null || form.type() == null || form.type().isBlank() ? CardType.STANDARD : CatalogueCode.normalise(form.type()).orElse(null);
    CardType type = code == null ? null : catalogues.byCode(CardType.class, code).orElse(null);
    if (type == null) {
      throw Problem.invalid("type", "no card type '" + form.type() + "' in this club; see GET /api/v1/card-types");
    }
    Member member = members.existing(memberCode);
    Card card = mint(member.id(), type, Instant.now(clock));
    audit.record("CARD.ISSUE", "card", card.masked(), null, Map.of("member", member.memberCode(), "type", type.code(), "expiresOn", String.valueOf(card.expiresOn())));
    return CardView.of(card, member.memberCode());
  }

  /**
   * A new card for member {@code memberId}, stored: a random number (CardNumbers) not yet in the club,
   * expiring as its type says. A number drawn twice is drawn again; the unique index settles the
   * one case a check cannot, two transactions drawing the same number at once (docs/cards.md).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Card mint(long memberId, CardType type, Instant now) {
    String number = CardNumbers.next();
    for (int attempt = 1; members.card(number).isPresent(); attempt++) {
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException("No free card number after " + ATTEMPTS + " draws: the number space is nearly used up");
      }
      number = CardNumbers.next();
    }
    Card card = Card.issue(number, memberId, type.code(), now, type.expiryFor(LocalDate.ofInstant(now, IRAN)));
    members.add(card);
    try {
      members.flush();
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Another card got the same number at the same moment; send the request again");
      }
      throw e;
    }
    return card;
  }

  CardType standardType() {
    return catalogues.byCode(CardType.class, CardType.STANDARD).orElseThrow(() -> new IllegalStateException("Card type STANDARD is missing; the members migrations seed it"));
  }
}
