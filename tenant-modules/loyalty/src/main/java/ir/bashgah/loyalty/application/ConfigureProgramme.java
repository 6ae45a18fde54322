package ir.bashgah.loyalty.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.ProgrammeRulesCheck;
import ir.bashgah.loyalty.domain.programme.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The club's programmes as its admins configure them (L2, L6, L9, L10, T1-T4). A change replaces the
 * whole rules document and names the version it was made on, so two admins editing at once cannot
 * silently overwrite each other (409). Every change is audited with the rules before and after, and
 * this node forgets its cached copy once the change has committed.
 */
@ApplicationScoped
public class ConfigureProgramme {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  /** A new programme. */
  public record NewProgramme(String code, String name, ProgrammeRules rules) {}

  /** New rules (and name) for a programme, made on {@code version}. */
  public record Change(String name, Long version, ProgrammeRules rules) {}

  /** New levels only (B4), made on {@code version}. */
  public record LevelsChange(Long version, ProgrammeRules.LevelRules levels) {}

  @Inject Programmes programmes;
  @Inject Transactions tx;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ProgrammeGroups groups;
  @Inject Features features;

  public List<Programme> list() {
    return tx.inOne(programmes::all);
  }

  public Programme get(String code) {
    return tx.inOne(() -> programmes.current(code)).orElseThrow(() -> notFound(code));
  }

  public Programme create(NewProgramme request) {
    Validation v = new Validation();
    v.require(request.code() != null && CODE.matcher(request.code()).matches(), "code", "must be 2 to 40 lower-case letters, digits or dashes");
    v.requireText(request.name(), "name", 100);
    v.require(request.rules() != null, "rules", "is required");
    v.throwIfInvalid();
    check(request.rules());
    Programme created = tx.inOne(() -> {
      if (programmes.forUpdate(request.code()).isPresent()) {
        throw Problem.conflict("A programme with code '" + request.code() + "' already exists");
      }
      programmes.insert(request.code(), request.name().trim(), request.rules(), Instant.now(clock));
      Programme p = programmes.forUpdate(request.code()).orElseThrow();
      audit.record("LOYALTY.PROGRAMME_CREATE", "programme", p.code(), null, p);
      return p;
    });
    programmes.forget(request.code());
    return created;
  }

  public Programme update(String code, Change request) {
    Validation v = new Validation();
    v.require(request.version() != null, "version", "is required: the version you loaded, so a change made meanwhile is not overwritten");
    v.require(request.name() == null || (!request.name().isBlank() && request.name().length() <= 100), "name", "must be 1 to 100 characters");
    v.require(request.rules() != null, "rules", "is required");
    v.throwIfInvalid();
    check(request.rules());
    return store(code, request.version(), before -> new Change(request.name() == null ? before.name() : request.name().trim(), request.version(), request.rules()));
  }

  public Programme updateLevels(String code, LevelsChange request) {
    new Validation()
        .require(request.version() != null, "version", "is required: the version you loaded, so a change made meanwhile is not overwritten")
        .require(request.levels() != null, "levels", "is required")
        .throwIfInvalid();
    List<FieldError> errors = ProgrammeRulesCheck.checkLevels(request.levels());
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    requireBenefitsInPlan(request.levels());
    return store(code, request.version(), before -> {
      ProgrammeRules r = before.rules();
      return new Change(before.name(), request.version(),
          new ProgrammeRules(r.earning(), r.expiry(), r.bonuses(), r.conversion(), request.levels(), r.allowNegativeBalance()));
    });
  }

  /** The programme new members join from now on. */
  public Programme makeDefault(String code) {
    Programme changed = tx.inOne(() -> {
      Programme p = programmes.forUpdate(code).orElseThrow(() -> notFound(code));
      programmes.makeDefault(code);
      audit.record("LOYALTY.PROGRAMME_DEFAULT", "programme", code, null, Map.of("default", true));
      return programmes.forUpdate(code).orElse(p);
    });
    programmes.forgetAll();
    return changed;
  }

  private Programme store(String code, long version, java.util.function.Function<Programme, Change> change) {
    Programme updated = tx.inOne(() -> {
      Programme before = programmes.forUpdate(code).orElseThrow(() -> notFound(code));
      Change c = change.apply(before);
      if (before.version() != version || !programmes.update(code, version, c.name(), c.rules(), Instant.now(clock))) {
        throw Problem.conflict("Programme " + code + " was changed (now version " + before.version() + ") since version " + version
            + " was loaded; load it again and reapply your change");
      }
      Programme after = programmes.forUpdate(code).orElseThrow();
      audit.record("LOYALTY.PROGRAMME_CHANGE", "programme", code, before, after);
      return after;
    });
    programmes.forget(code);
    return updated;
  }

  private void check(ProgrammeRules rules) {
    Predicate<String> known = groups.known();
    List<FieldError> errors = new ArrayList<>(ProgrammeRulesCheck.check(rules, known));
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors.stream().map(e -> new FieldError("rules." + e.field(), e.message())).toList());
    }
    requireBenefitsInPlan(rules.levels());
  }

  /** A level's fixed discount is D1 and its cashback D5: a club may give only the benefits its plan has. */
  private void requireBenefitsInPlan(ProgrammeRules.LevelRules levels) {
    if (levels.tiers().stream().anyMatch(t -> t.discountPercent() != null && t.discountPercent().signum() > 0)) {
      features.require("D1");
    }
    if (levels.tiers().stream().anyMatch(t -> t.cashbackPercent() != null && t.cashbackPercent().signum() > 0)) {
      features.require("D5");
    }
  }

  private static Problem notFound(String code) {
    return Problem.notFound("No programme " + code);
  }
}
