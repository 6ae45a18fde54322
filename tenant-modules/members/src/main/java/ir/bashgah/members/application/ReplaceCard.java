package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.card.CardType;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Replaces a lost or damaged card (M3): a new card of the same type with a new random number and a
 * new expiry; the old one becomes REPLACED for good. Points and credit stay where they are, with the
 * member, not the card.
 */
@ApplicationScoped
public class ReplaceCard {
  public record ReplaceForm(String reason) {}

  @Inject Members members;
  @Inject Catalogues catalogues;
  @Inject IssueCard issue;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public CardView replace(String cardNumber, ReplaceForm form) {
    new Validation().requireText(form == null ? null : form.reason(), "reason", 500).throwIfInvalid();
    Card old = members.existingCardForUpdate(CardNumbers.normalise(cardNumber));
    old.requireReplaceable();
    CardType type = catalogues.byCode(CardType.class, old.cardType()).orElseThrow();
    Card fresh = issue.mint(old.memberId(), type, Instant.now(clock));
    Card.Status before = old.status();
    old.replaceBy(fresh.cardNumber());
    String memberCode = members.byId(old.memberId()).orElseThrow().memberCode();
    audit.record("CARD.REPLACE", "card", old.masked(), Map.of("member", memberCode, "status", before.name()),
        Map.of("member", memberCode, "status", old.status().name(), "replacedBy", fresh.masked(), "reason", form.reason().trim()));
    return CardView.of(fresh, memberCode);
  }
}
