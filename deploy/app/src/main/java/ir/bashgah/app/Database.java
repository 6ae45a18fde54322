package ir.bashgah.app;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's connection pool, on the server named by BASHGAH_DB_URL (no database in the URL:
 * each call picks its tenant's schema). Payara expands the MPCONFIG references from the server's
 * environment and system properties when it deploys the WAR. A local (non-XA) data source on
 * purpose: its transactions end in {@code Connection.commit()}, which carries the last pending writes
 * (docs/decisions/0005-the-claim-first-and-the-commit-last.md); an XA one would never send them.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/bashgah",
    className = "ir.bashgah.app.LocalMariaDbDataSource",
    url = "${MPCONFIG=bashgah.db.url}",
    user = "${MPCONFIG=bashgah.db.user}",
    password = "${MPCONFIG=bashgah.db.password}",
    minPoolSize = 4,
    maxPoolSize = 96,
    maxIdleTime = 300)
public class Database {}
