package ir.bashgah.portal.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.Problem;

/**
 * The member the call's token names, in the club the token names (the edge entered it). Every read
 * and write of the portal's /me goes through this, so nothing a member sends can point at another.
 */
record SignedInMember(long id, String memberCode) {
  static SignedInMember now() {
    Actor actor = CallContext.actor();
    if (actor.kind() != Actor.Kind.MEMBER) {
      throw Problem.forbidden("Only a member signed in to the portal has a 'me' here");
    }
    return new SignedInMember(Long.parseLong(actor.id()), actor.name());
  }
}
