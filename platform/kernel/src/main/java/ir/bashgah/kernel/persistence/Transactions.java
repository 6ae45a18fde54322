package ir.bashgah.kernel.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, for the few flows (provisioning, login failures)
 * that must commit part of their work even when the rest fails.
 */
@ApplicationScoped
public class Transactions {
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNew(Supplier<T> work) {
    return work.get();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void runInNew(Runnable work) {
    work.run();
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T inOne(Supplier<T> work) {
    return work.get();
  }
}
