package ir.bashgah.tenancy.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.PendingWrites;
import java.sql.SQLException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Routes every connection EclipseLink takes from the pool to the schema of the tenant in context, or
 * to the platform schema when there is none. EclipseLink raises postAcquireConnection right after it
 * obtains a connection from an external (container) pool, for reads and writes alike, so no
 * statement runs on a connection that still points at the previous borrower's tenant. See
 * docs/decisions/0001-tenant-routing.md.
 */
public class TenantRoutingCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new Router());
    session.getEventManager().addListener(new PendingWritesFirst());
    if (session.getDatasourceLogin() instanceof DatabaseLogin login && login.getConnector() instanceof JNDIConnector connector
        && connector.getDataSource() != null) {
      PendingWrites.connectThrough(connector.getDataSource());
    }
  }

  /**
   * Sends the transaction's pending plain-SQL writes ({@link PendingWrites}) before any statement of
   * the persistence context, so that none of its queries misses them.
   */
  static final class PendingWritesFirst extends SessionEventAdapter {
    @Override
    public void preExecuteCall(SessionEvent event) {
      PendingWrites.sendBeforeStatement();
    }
  }

  static final class Router extends SessionEventAdapter {
    @Override
    public void postAcquireConnection(SessionEvent event) {
      var accessor = (org.eclipse.persistence.internal.databaseaccess.Accessor) event.getResult();
      try {
        accessor.getConnection().setCatalog(TenantContext.schema());
      } catch (SQLException e) {
        throw new IllegalStateException("Could not switch the connection to the tenant's schema", e);
      }
    }
  }
}
