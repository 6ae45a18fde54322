package ir.bashgah.app.demo;

import ir.bashgah.branches.application.ManageBranches;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.api.StaffAccounts;
import ir.bashgah.tenancy.api.OwnerAccount;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantProvisioning;
import ir.bashgah.web.api.PlatformStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo club of the start command (BASHGAH_DEMO_ENABLED, on by default with the embedded
 * database): a tenant with a branch, a terminal and staff of several roles, made on the first start.
 * Its logins are fixed and printed at every start; the terminal's key only at the first, since only
 * its hash is kept.
 */
@ApplicationScoped
public class DemoClub {
  static final String SLUG = "demo";
  static final String BRANCH = "tehran-1";
  private static final Logger LOG = Logger.getLogger(DemoClub.class.getName());

  /** username, password, role, branch. */
  private static final String[][] STAFF = {
    {"owner", "Demo-owner-1405", "owner", null},
    {"manager", "Demo-manager-1405", "manager", null},
    {"cashier", "Demo-cashier-1405", "cashier", BRANCH},
    {"marketer", "Demo-marketer-1405", "marketer", null},
  };

  @Inject TenantProvisioning provision;
  @Inject TenantDirectory directory;
  @Inject ManageBranches branches;
  @Inject StaffAccounts staff;
  @Inject DemoSales trade;
  @Inject ir.bashgah.loyalty.application.CheckLedger ledger;

  @Inject
  @ConfigProperty(name = "bashgah.demo.members", defaultValue = "200")
  int memberCount;

  @Inject
  @ConfigProperty(name = "bashgah.demo.enabled", defaultValue = "false")
  boolean enabled;

  void onStart(@Observes PlatformStarted started) throws Exception {
    if (!enabled) {
      return;
    }
    String apiKey = null;
    if (directory.find(SLUG).isEmpty()) {
      apiKey = create();
    }
    started.addBannerLine("Demo club '" + SLUG + "' (plan PROFESSIONAL), log in with {\"tenant\":\"demo\",\"username\",\"password\"}:");
    for (String[] s : STAFF) {
      started.addBannerLine(String.format("   %-9s %-20s (%s%s)", s[0], s[1], s[2], s[3] == null ? "" : ", branch " + s[3]));
    }
    started.addBannerLine("   Members: codes from 100001, mobiles 09125000000 and up, every PIN " + DemoSales.PIN + "; three months of sales in " + BRANCH);
    started.addBannerLine("   Member portal: " + started.publicUrl() + "/p/" + SLUG + "/ (sign in with 09125000000; the SMS code goes to the log:"
        + " grep 'کد ورود' data/logs/server.log)");
    started.addBannerLine(
        apiKey != null
            ? "   Terminal 'till-1' of branch " + BRANCH + ", API key (shown only now): " + apiKey
            : "   Terminal 'till-1' of branch " + BRANCH + ": its API key was printed at the first start; create another terminal for a new key");
  }

  private String create() throws Exception {
    CallContext.begin("demo-seed", "127.0.0.1");
    try {
      var tenant = provision.provision(SLUG, "باشگاه نمونه", "PROFESSIONAL", new OwnerAccount(STAFF[0][0], STAFF[0][1], "09120000000"),
          Map.of("primaryColor", "#0f766e", "displayName", "باشگاه نمونه"));
      CallContext.actAs(new Actor(Actor.Kind.SYSTEM, "demo-seed", "demo-seed", Role.OWNER, null));
      return TenantContext.callAs(
          tenant.ref(),
          () -> {
            branches.create(BRANCH, "تهران، شعبه‌ی ۱");
            for (int i = 1; i < STAFF.length; i++) {
              staff.add(STAFF[i][0], STAFF[i][1], STAFF[i][2], STAFF[i][3], null);
            }
            String key = branches.createTerminal(BRANCH, "till-1").apiKey();
            int[] made = trade.populate(BRANCH, memberCount, java.time.Instant.now());
            var check = ledger.check();
            LOG.info("Demo club created: " + made[0] + " members, " + made[1] + " invoices; ledger check: " + check.balances() + " balances, "
                + check.differences() + " differences");
            return key;
          });
    } finally {
      CallContext.clear();
    }
  }
}
