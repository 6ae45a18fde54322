package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.security.api.PlatformAdministrator;
import ir.bashgah.security.domain.admin.PlatformAdmin;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.secret.PasswordHasher;
import ir.bashgah.security.domain.admin.PlatformAdmins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the platform admin 'admin' exists. Its password is BASHGAH_ADMIN_PASSWORD when set
 * (re-applied at every start, so an operator can reset it); otherwise one is generated on the first
 * start and answered once, for the start-up banner, never stored in clear.
 */
@ApplicationScoped
public class EnsurePlatformAdmin implements PlatformAdministrator {
  public static final String USERNAME = "admin";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  @Inject PlatformAdmins admins;
  @Inject PasswordHasher hasher;
  @Inject Transactions tx;
  @Inject AuditLog audit;
  @Inject EndSessions endSessions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.admin.password")
  Optional<String> configured;

  @Override
  public Optional<String> ensure() {
    return tx.inNew(
        () -> {
          Instant now = Instant.now(clock);
          Optional<String> given = configured.filter(p -> !p.isBlank());
          Optional<PlatformAdmin> existing = admins.byUsernameForUpdate(USERNAME);
          if (existing.isPresent()) {
            given.filter(p -> !hasher.matches(p, existing.get().passwordHash()))
                .ifPresent(p -> {
                  existing.get().changePassword(hasher.hash(p), now);
                  endSessions.endAllOf(AccountKind.PLATFORM_ADMIN, existing.get().id(), "password-reset");
                  audit.record("AUTH.ADMIN_PASSWORD_FROM_ENV", "platform-user", USERNAME, null, null);
                });
            return Optional.empty();
          }
          String password = given.orElseGet(EnsurePlatformAdmin::generate);
          admins.add(new PlatformAdmin(USERNAME, hasher.hash(password), now));
          audit.record("AUTH.ADMIN_CREATE", "platform-user", USERNAME, null, null);
          return given.isPresent() ? Optional.<String>empty() : Optional.of(password);
        });
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
