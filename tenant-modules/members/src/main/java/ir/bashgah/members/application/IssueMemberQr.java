package ir.bashgah.members.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.card.CardNumbers;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.qr.MemberQr;
import ir.bashgah.members.domain.qr.QrImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's personal QR code (B7). A printed code is tied to one card and works while that card
 * does; a digital one, shown on the member's phone, lasts a few minutes (bashgah.qr.digital-minutes),
 * so a screenshot passed around is soon worthless.
 */
@ApplicationScoped
public class IssueMemberQr {
  public record QrView(String payload, String kind, Instant expiresAt) {}

  @Inject Members members;
  @Inject Clock clock;
  @Inject QrImages qrImages;

  @Inject
  @ConfigProperty(name = "bashgah.qr.digital-minutes", defaultValue = "5")
  int digitalMinutes;

  /** {@code cardNumber} chooses the card of a printed code; without it, the member's newest usable card. */
  @Transactional
  public QrView qr(String memberCode, String kind, String cardNumber) {
    MemberQr.Kind k = kind(kind);
    Member member = members.existing(memberCode);
    Instant now = Instant.now(clock);
    MemberQr qr = k == MemberQr.Kind.DIGITAL
        ? MemberQr.digital(member.memberCode(), now.plus(Duration.ofMinutes(Math.max(1, digitalMinutes))))
        : MemberQr.printed(member.memberCode(), card(member, cardNumber, LocalDate.ofInstant(now, IssueCard.IRAN)).cardNumber());
    return new QrView(qr.payload(TenantContext.require().slug()), k.name().toLowerCase(Locale.ROOT), qr.expiresAt());
  }

  @Transactional
  public byte[] png(String memberCode, String kind, String cardNumber, int pixels) {
    new Validation().require(pixels >= 100 && pixels <= 1000, "size", "must be between 100 and 1000 pixels").throwIfInvalid();
    return qrImages.png(qr(memberCode, kind, cardNumber).payload(), pixels);
  }

  private static MemberQr.Kind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return MemberQr.Kind.DIGITAL;
    }
    return switch (kind.trim().toLowerCase(Locale.ROOT)) {
      case "digital" -> MemberQr.Kind.DIGITAL;
      case "printed" -> MemberQr.Kind.PRINTED;
      default -> throw Problem.invalid("kind", "must be printed or digital");
    };
  }

  private Card card(Member member, String cardNumber, LocalDate today) {
    if (cardNumber == null || cardNumber.isBlank()) {
      return members.cardsOf(member).stream().filter(c -> c.isUsable(today)).findFirst()
          .orElseThrow(() -> Problem.conflict("Member " + member.memberCode() + " has no usable card to print the code for; issue one first"));
    }
    Card card = members.card(CardNumbers.normalise(cardNumber)).filter(c -> c.memberId() == member.id())
        .orElseThrow(() -> Problem.notFound("Member " + member.memberCode() + " has no card with this number"));
    if (!card.isUsable(today)) {
      throw Problem.conflict("Card " + card.masked() + " cannot be used, so no code is printed for it");
    }
    return card;
  }
}
