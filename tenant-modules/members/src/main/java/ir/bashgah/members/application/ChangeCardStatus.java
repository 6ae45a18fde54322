package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Map;

/** Suspends, reactivates or blocks a card (M3), with a reason for the audit log. */
@ApplicationScoped
public class ChangeCardStatus {
  public record StatusForm(String status, String reason) {}

  @Inject Members members;
  @Inject AuditLog audit;

  @Transactional
  public CardView change(String cardNumber, StatusForm form) {
    if (form == null) {
      throw Problem.invalid("body", "send {\"status\": \"ACTIVE|SUSPENDED|BLOCKED\", \"reason\"}");
    }
    boolean known = form.status() != null && Arrays.stream(Card.Status.values()).anyMatch(s -> s.name().equals(form.status()));
    new Validation()
        .require(known, "status", "must be ACTIVE, SUSPENDED or BLOCKED")
        .requireText(form.reason(), "reason", 500)
        .throwIfInvalid();
    Card card = members.existingCardForUpdate(CardNumbers.normalise(cardNumber));
    Card.Status before = card.status();
    card.changeStatus(Card.Status.valueOf(form.status()));
    String memberCode = members.byId(card.memberId()).orElseThrow().memberCode();
    if (card.status() != before) {
      audit.record("CARD.STATUS", "card", card.masked(), Map.of("member", memberCode, "status", before.name()),
          Map.of("member", memberCode, "status", card.status().name(), "reason", form.reason().trim()));
    }
    return CardView.of(card, memberCode);
  }
}
