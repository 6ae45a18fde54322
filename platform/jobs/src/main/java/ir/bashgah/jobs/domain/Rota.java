package ir.bashgah.jobs.domain;

import ir.bashgah.jobs.api.TenantJob;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who runs a due job: the nodes of a cluster agree through the platform schema, so each run happens
 * on one node only.
 */
public interface Rota {
  /** Starts running each job on its schedule, handing a due one to {@code run}. */
  void start(List<TenantJob> jobs, Consumer<TenantJob> run);
}
