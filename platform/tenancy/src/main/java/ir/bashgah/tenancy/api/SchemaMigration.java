package ir.bashgah.tenancy.api;

/** The start-up's schema work: the platform schema first, then every tenant's, to this build's version. */
public interface SchemaMigration {
  /** Migrates the platform schema; answers the version reached. */
  String migratePlatform();

  /**
   * Brings every tenant's schema to this build's version. One tenant's failure is recorded on it (it
   * is then not served) and never stops the others.
   */
  MigrationReport migrateTenants();
}
