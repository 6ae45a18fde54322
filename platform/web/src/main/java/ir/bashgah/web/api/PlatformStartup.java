package ir.bashgah.web.api;

/**
 * Start-up, before the first request is served: migrate the platform schema, install the field key,
 * make sure the admin exists, bring every tenant to this build's schema, then fire
 * {@link PlatformStarted} for modules (jobs, the demo club) to do their part, and print the banner.
 */
public interface PlatformStartup {
  /** Called once by the application's start-up singleton, after the container bound its resources. */
  void run();
}
