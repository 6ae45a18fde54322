package ir.bashgah.portal.application;

import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.messaging.api.MemberConsents;
import ir.bashgah.messaging.api.PushSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** What the signed-in member changes of himself: his profile fields, his consents per channel, the browsers that get the club's web push. */
@ApplicationScoped
public class EditOwnProfile {
  @Inject ShowOwnAccount account;
  @Inject MemberProfiles profiles;
  @Inject MemberConsents consents;
  @Inject PushSubscriptions pushes;

  @Transactional
  public ShowOwnAccount.Me edit(Map<String, ?> patch) {
    SignedInMember member = SignedInMember.now();
    account.profile(member);
    profiles.editOwn(member.id(), patch);
    return account.me();
  }

  @Transactional
  public MemberConsents.ConsentView consent(Boolean sms, Boolean email, Boolean push, Boolean messenger) {
    SignedInMember member = SignedInMember.now();
    account.profile(member);
    return consents.record(member.memberCode(), sms, email, push, messenger);
  }

  @Transactional
  public void subscribe(String endpoint, String p256dh, String auth, String userAgent) {
    SignedInMember member = SignedInMember.now();
    account.profile(member);
    pushes.subscribe(member.id(), endpoint, p256dh, auth, userAgent);
  }

  @Transactional
  public boolean unsubscribe(String endpoint) {
    SignedInMember member = SignedInMember.now();
    return pushes.unsubscribe(member.id(), endpoint);
  }
}
