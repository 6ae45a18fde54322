package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberRegistered;
import ir.bashgah.messaging.api.AutomaticMessages;
import ir.bashgah.messaging.api.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A new member joins the club's default programme at its lowest level and gets its joining bonus (L6),
 * and the club's welcome message if it sends one (C2), all in the registration's transaction.
 */
@ApplicationScoped
public class EnrolNewMember {
  @Inject Programmes programmes;
  @Inject Memberships memberships;
  @Inject PayBonuses bonuses;
  @Inject AutomaticMessages automatic;

  void onRegistered(@Observes MemberRegistered event) {
    Programme programme = programmes.defaultProgramme();
    memberships.enrol(event.member().id(), programme, event.at());
    ProgrammeRules.Award joining = programme.rules().bonuses().joining();
    if (!joining.isEmpty()) {
      bonuses.forJoining(event.member(), programme.rules(), event.at());
    }
    // {amount} is the joining bonus; the balances are the member's when the message goes
    Long bonus = joining.points() > 0 ? joining.points() : joining.credit() > 0 ? joining.credit() : null;
    automatic.on(Trigger.WELCOME, event.member().id(), new AutomaticMessages.EventValues(bonus, null, null, null, null));
  }
}
