package ir.bashgah.app.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the built WAR on Payara Micro (one boot per test class) with the
 * MariaDB of {@link TestDatabase}; each test starts with a client and the platform admin's token.
 */
@ExtendWith(ArquillianExtension.class)
abstract class RunningPlatform {
  @Deployment(testable = false)
  static WebArchive app() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bashgah.war")));
  }

  @ArquillianResource URL url;

  /**
   * The platform's root as the tests call it: over loopback, whatever host Arquillian reports, since
   * the platform believes X-Forwarded-For (the tests' client addresses) only from loopback.
   */
  static String root(URL deployment) {
    return deployment.getProtocol() + "://127.0.0.1:" + deployment.getPort();
  }

  String root() {
    return root(url);
  }
  Api api;
  String admin;

  @BeforeEach
  void connect() {
    DescriptionCheck.install(getClass(), root());
    api = new Api(url);
    admin = api.adminToken();
  }
}
