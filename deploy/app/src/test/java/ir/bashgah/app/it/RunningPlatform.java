package ir.bashgah.app.it;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test against the built WAR on the Payara Micro node all test classes share
 * ({@link PlatformNode#shared()}) with the MariaDB of {@link TestDatabase}; each test starts with a
 * client and the platform admin's token.
 */
abstract class RunningPlatform {
  URL url;

  /**
   * The platform's root as the tests call it: over loopback, whatever host the node reports, since
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
    url = PlatformNode.shared().url();
    DescriptionCheck.install(root());
    api = new Api(url);
    admin = api.adminToken();
  }
}
