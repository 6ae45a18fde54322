package ir.bashgah.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Where the database server is (BASHGAH_DB_URL / _USER / _PASSWORD). The pooled data source of the
 * application is declared in the WAR; this unpooled one is for schema work (Flyway, CREATE/DROP).
 */
@ApplicationScoped
public class DatabaseConfig {
  @Inject
  @ConfigProperty(name = "bashgah.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "bashgah.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "bashgah.db.password", defaultValue = "")
  String password;

  public DataSource schemaDataSource() {
    try {
      MariaDbDataSource ds = new MariaDbDataSource(url);
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException("BASHGAH_DB_URL is not a valid MariaDB JDBC URL", e);
    }
  }
}
