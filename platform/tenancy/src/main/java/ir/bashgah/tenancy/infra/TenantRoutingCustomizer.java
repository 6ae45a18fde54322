package ir.bashgah.tenancy.infra;

import ir.bashgah.kernel.TenantContext;
import java.sql.SQLException;
import org.eclipse.persistence.config.SessionCustomizer;
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
