package ir.bashgah.loyalty.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.programme.DefaultProgramme;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Programmes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The club's programmes. Every invoice needs its member's programme, so parsed programmes are cached
 * per tenant for a few seconds; a change made on this node is forgotten at once after it commits,
 * other nodes see it when their copy ages out.
 */
@ApplicationScoped
public class SqlProgrammes implements Programmes {
  static final Jsonb JSON = JsonbBuilder.create();
  private static final String COLUMNS = "code, name, is_default, version, rules, updated_at";

  private Cache<String, Optional<Programme>> cache;

  @Inject EntityManager em;

  @Inject
  @ConfigProperty(name = "bashgah.programme.cache-seconds", defaultValue = "2")
  long cacheSeconds;

  @PostConstruct
  void init() {
    cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(100_000).build();
  }

  /** The programme, from the cache when it is fresh enough (the till's path). */
  @Override
  public Optional<Programme> byCode(String code) {
    return cache.get(TenantContext.schema() + "/" + code, key -> read("WHERE code = ?", code, false));
  }

  /** The programme new members join. */
  @Override
  public Programme defaultProgramme() {
    return read("WHERE is_default = TRUE", null, false).orElseThrow(() -> new IllegalStateException("The club has no default programme"));
  }

  /** The programme as stored now. */
  @Override
  public Optional<Programme> current(String code) {
    return read("WHERE code = ?", code, false);
  }

  /** The programme as stored now, locked for an edit. */
  @Override
  public Optional<Programme> forUpdate(String code) {
    return read("WHERE code = ?", code, true);
  }

  @Override
  public List<Programme> all() {
    return em.createNativeQuery("SELECT " + COLUMNS + " FROM loyalty_programme ORDER BY is_default DESC, code").getResultList().stream()
        .map(r -> programme((Object[]) r)).toList();
  }

  @Override
  public void insert(String code, String name, ProgrammeRules rules, Instant now) {
    em.createNativeQuery("INSERT INTO loyalty_programme (id, code, name, is_default, rules, version, created_at, updated_at) VALUES (?, ?, ?, FALSE, ?, 1, ?, ?)")
        .setParameter(1, Ids.next()).setParameter(2, code).setParameter(3, name).setParameter(4, JSON.toJson(rules))
        .setParameter(5, UtcInstantConverter.toColumn(now)).setParameter(6, UtcInstantConverter.toColumn(now)).executeUpdate();
  }

  /** Stores new rules over {@code version}; answers false when someone else changed it since. */
  @Override
  public boolean update(String code, long version, String name, ProgrammeRules rules, Instant now) {
    return em.createNativeQuery("UPDATE loyalty_programme SET name = ?, rules = ?, version = version + 1, updated_at = ? WHERE code = ? AND version = ?")
        .setParameter(1, name).setParameter(2, JSON.toJson(rules)).setParameter(3, UtcInstantConverter.toColumn(now)).setParameter(4, code)
        .setParameter(5, version).executeUpdate() == 1;
  }

  @Override
  public void makeDefault(String code) {
    em.createNativeQuery("UPDATE loyalty_programme SET is_default = (code = ?)").setParameter(1, code).executeUpdate();
  }

  /** Drops every cached programme of this tenant (the default changed: each copy says whether it is it). */
  @Override
  public void forgetAll() {
    String prefix = TenantContext.schema() + "/";
    cache.asMap().keySet().removeIf(key -> key.startsWith(prefix));
  }

  /** Drops this tenant's cached copy; call after the transaction that changed the programme committed. */
  @Override
  public void forget(String code) {
    cache.invalidate(TenantContext.schema() + "/" + code);
  }

  private Optional<Programme> read(String where, String code, boolean lock) {
    var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM loyalty_programme " + where + (lock ? " FOR UPDATE" : ""));
    if (code != null) {
      query.setParameter(1, code);
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(programme((Object[]) rows.get(0)));
  }

  private static Programme programme(Object[] r) {
    String rules = (String) r[4];
    return new Programme((String) r[0], (String) r[1], bool(r[2]), ((Number) r[3]).longValue(),
        rules == null ? DefaultProgramme.rules() : JSON.fromJson(rules, ProgrammeRules.class), UtcInstantConverter.fromColumn(r[5]));
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }
}
