package ir.bashgah.messaging.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.domain.line.ClubAddress;
import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.line.ClubLines;
import ir.bashgah.messaging.domain.line.SmsGateways;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which line the club in context sends on: its own (plan feature C6) while it has the feature and has
 * set one, the platform's otherwise. The club's line is read again at every call (one row, by its
 * key), so a change an owner saves is used from the next run of the jobs, on whichever node runs them.
 */
@ApplicationScoped
public class SmsLines {
  /** The plan feature of a club's own line (PLANS.md: "dedicated SMS sender line"). */
  public static final String OWN_LINE = "C6";

  /** The plan feature of SMS to do-not-disturb numbers over a service line (PLANS.md C2). */
  public static final String SERVICE_LINE = "C2";

  @Inject ClubLines clubLines;
  @Inject SmsGateways gateways;
  @Inject Features features;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;

  /**
   * The hosts a club's line may name in its base URL. A club's owner writes the address, and the
   * platform then sends its members' messages and the account's key there: without a list, an owner
   * could point the platform at any address it can reach inside its own network.
   */
  /** The platform account's service line (BASHGAH_SMS_SERVICE_SENDER), for clubs on C2 without a line of their own. */
  @Inject
  @ConfigProperty(name = "bashgah.sms.service-sender")
  Optional<String> platformServiceSender;

  @Inject
  @ConfigProperty(name = "bashgah.sms.club-hosts", defaultValue = "api.kavenegar.com,api.sms.ir")
  String clubHosts;

  /**
   * The line to send on now, with its service line when the club may reach do-not-disturb numbers
   * over it (C2) and the account has one.
   */
  public SmsLine current() {
    String club = TenantContext.require().slug();
    var tenant = tenants.find(club);
    boolean serviceToo = tenant.map(t -> features.isEnabled(t, SERVICE_LINE)).orElse(false);
    if (tenant.map(t -> features.isEnabled(t, OWN_LINE)).orElse(false)) {
      Optional<ClubLine> own = usableOwnLine();
      if (own.isPresent()) {
        ClubLine l = own.get();
        return new SmsLine(SmsLine.Line.CLUB, gateways.forClub(club, l), serviceToo ? l.serviceSender() : null);
      }
    }
    return new SmsLine(SmsLine.Line.PLATFORM, gateways.platform(), serviceToo ? platformServiceSender.filter(s -> !s.isBlank()).map(String::trim).orElse(null) : null);
  }

  /**
   * The gateway to ask for the reports of messages that {@code line} took through {@code provider}:
   * the same line, if it still speaks to that provider. A club that has lost C6 since is still asked
   * about what its line sent; a line changed to another provider, or removed, cannot be.
   */
  public Optional<SmsGateway> forReports(SmsLine.Line line, String provider) {
    Optional<SmsGateway> gateway = line == SmsLine.Line.CLUB ? ownLine(false) : Optional.of(gateways.platform());
    return gateway.filter(g -> g.name().equals(provider));
  }

  /** The hosts a club's base URL may name, as the operator set them (BASHGAH_SMS_CLUB_HOSTS). */
  public List<String> allowedHosts() {
    return ClubAddress.hosts(clubHosts);
  }

  /** Whether a club's line may use {@code baseUrl}: none (the provider's public host) or one on an allowed host. */
  public boolean allows(String baseUrl) {
    return baseUrl == null || ClubAddress.onAllowedHost(baseUrl, allowedHosts());
  }

  private Optional<SmsGateway> ownLine(boolean toSend) {
    String club = TenantContext.require().slug();
    if (toSend && !tenants.find(club).map(t -> features.isEnabled(t, OWN_LINE)).orElse(false)) {
      return Optional.empty();
    }
    return usableOwnLine().map(l -> gateways.forClub(club, l));
  }

  private Optional<ClubLine> usableOwnLine() {
    // an address the operator has taken off the list since it was saved is not used any more
    return tx.inNew(clubLines::find).filter(l -> allows(l.baseUrl()));
  }
}
