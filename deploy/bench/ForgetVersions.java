import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Clears every tenant's recorded schema version in the catalog, so that the next start-up has to run
 * Flyway on every tenant schema instead of skipping the current ones.
 * Usage: java -cp mariadb-java-client.jar ForgetVersions.java jdbc:mariadb://127.0.0.1:PORT/
 */
public class ForgetVersions {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], "bashgah", "bashgah");
        Statement s = c.createStatement()) {
      int n = s.executeUpdate("UPDATE bashgah.tenant SET schema_version = NULL, version = version + 1");
      System.out.println("forgot the schema version of " + n + " tenants");
    }
  }
}
