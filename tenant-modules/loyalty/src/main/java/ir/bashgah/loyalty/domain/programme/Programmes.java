package ir.bashgah.loyalty.domain.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The club's programmes. Every invoice needs its member's programme, so parsed programmes are cached
 * per tenant for a few seconds; a change made on this node is forgotten at once after it commits,
 * other nodes see it when their copy ages out.
 */
public interface Programmes {
  /** The programme, from the cache when it is fresh enough (the till's path). */
  Optional<Programme> byCode(String code);

  /** The programme new members join. */
  Programme defaultProgramme();

  /** The programme as stored now. */
  Optional<Programme> current(String code);

  /** The programme as stored now, locked for an edit. */
  Optional<Programme> forUpdate(String code);

  List<Programme> all();

  void insert(String code, String name, ProgrammeRules rules, Instant now);

  /** Stores new rules over {@code version}; answers false when someone else changed it since. */
  boolean update(String code, long version, String name, ProgrammeRules rules, Instant now);

  void makeDefault(String code);

  /** Drops every cached programme of this tenant (the default changed: each copy says whether it is it). */
  void forgetAll();

  /** Drops this tenant's cached copy; call after the transaction that changed the programme committed. */
  void forget(String code);
}
