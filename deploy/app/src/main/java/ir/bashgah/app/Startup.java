package ir.bashgah.app;

import ir.bashgah.web.api.PlatformStartup;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the platform's start-up once the container has bound the data source and persistence unit
 * (a CDI @Initialized observer runs too early for that on Payara). A failure fails the deployment,
 * so a node never serves with an unmigrated schema.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {
  @Inject PlatformStartup platform;

  /**
   * On the callback itself: a singleton's lifecycle callback does not take the class's attribute, and
   * inside one container transaction the whole start-up (the demo club's trade included) would hold
   * its locks to the end.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    platform.run();
  }
}
