package ir.bashgah.portal.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.api.Outbox;
import ir.bashgah.portal.domain.signin.LoginCodes;
import ir.bashgah.portal.domain.signin.LoginSecret;
import ir.bashgah.tenancy.api.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member asks for a sign-in code (CP1, API-2.md): a 6-digit code and a login link in one SMS, sent
 * at once. The answer is the same whether or not the mobile is a member's, and the quotas count every
 * request alike: at most 5 per mobile and 20 per client address an hour.
 */
@ApplicationScoped
public class RequestLoginCode {
  public static final Duration CODE_LIFE = Duration.ofMinutes(2);
  public static final Duration LINK_LIFE = Duration.ofMinutes(10);
  static final Duration QUOTA_WINDOW = Duration.ofHours(1);
  static final int PER_MOBILE = 5;
  static final int PER_ADDRESS = 20;

  /** What the caller is told: always the same. */
  public record Requested(long expiresIn, int codeLength) {}

  @Inject PortalClubs clubs;
  @Inject LoginCodes codes;
  @Inject MemberDirectory members;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Transactional
  public Requested request(String slug, String mobileTyped) {
    TenantDescriptor club = clubs.enter(slug);
    String mobile = IranianMobile.normalize(mobileTyped)
        .orElseThrow(() -> Problem.invalid("mobile", "must be an Iranian mobile number such as 09121234567 (Persian digits and +98 are fine)"));
    Instant now = Instant.now(clock);
    String mobileIndex = FieldCipher.blindIndex(mobile);
    withinQuota("mobile:" + mobileIndex, PER_MOBILE, now, "this mobile");
    String address = CallContext.current().clientIp();
    if (address != null) {
      withinQuota("address:" + address, PER_ADDRESS, now, "your connection");
    }
    long id = Ids.next();
    MemberRef member = members.byMobile(mobile).filter(MemberRef::active).orElse(null);
    if (member == null) {
      // nothing to send, but a row all the same: the next request for this mobile sees the same history
      codes.add(new LoginCodes.LoginCode(id, mobileIndex, null, null, null, now, now.plus(CODE_LIFE), now.plus(LINK_LIFE), 0, null), address);
    } else {
      String code = LoginSecret.newCode();
      String link = LoginSecret.newLinkToken();
      codes.add(new LoginCodes.LoginCode(id, mobileIndex, member.id(), LoginSecret.codeHash(id, code), LoginSecret.linkHash(link), now, now.plus(CODE_LIFE),
          now.plus(LINK_LIFE), 0, null), address);
      outbox.queueSignInCode(OutgoingMessage.sms(member.id(), mobile, text(club, code, link), MessageKind.TRANSACTIONAL));
    }
    codes.forgetOlderThan(now.minus(Duration.ofDays(1)), 20);
    return new Requested(CODE_LIFE.toSeconds(), LoginSecret.CODE_DIGITS);
  }

  private void withinQuota(String key, int limit, Instant now, String whose) {
    LoginCodes.Use use = codes.use(key, now, QUOTA_WINDOW);
    if (use.count() > limit) {
      Duration wait = Duration.between(now, use.windowStartedAt().plus(QUOTA_WINDOW));
      throw Problem.tooManyRequests("Too many sign-in codes were asked for " + whose + " in the last hour; try again in "
          + Math.max(1, wait.toMinutes()) + " minutes", wait);
    }
  }

  /**
   * The SMS: the code, the link, and the WebOTP line ("@host #code") with which a phone's browser
   * offers the code itself.
   */
  String text(TenantDescriptor club, String code, String link) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String host = URI.create(base).getHost();
    // the club's name as it is ("باشگاه نمونه", "کافه آفتاب"): no word of ours before it
    return "کد ورود شما به " + club.name() + ": " + code + "\n"
        + "یا با این پیوند وارد شوید: " + base + "/p/" + club.slug() + "/l/" + link + "\n"
        + "@" + host + " #" + code;
  }
}
