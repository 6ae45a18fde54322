package ir.bashgah.jobs.infra;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The container's managed executor lent to db-scheduler. The scheduler shuts its executor down when
 * it stops, which a managed executor refuses; the container owns its life, so shutting down here
 * only stops lending it.
 */
final class BorrowedExecutor extends AbstractExecutorService {
  private final ExecutorService owner;
  private volatile boolean returned;

  BorrowedExecutor(ExecutorService owner) {
    this.owner = owner;
  }

  @Override
  public void execute(Runnable command) {
    owner.execute(command);
  }

  @Override
  public void shutdown() {
    returned = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    returned = true;
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return returned;
  }

  @Override
  public boolean isTerminated() {
    return returned;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }
}
