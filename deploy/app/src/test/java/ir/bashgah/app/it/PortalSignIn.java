package ir.bashgah.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A member signing in to his club's portal as he would with his phone: he asks for a code, reads the
 * SMS, types it. The shared node sends SMS through the `log` gateway, which writes what it sends to the
 * node's log; that is where the test reads it (staff never see a sign-in code). Clubs the tests make are
 * named "Club {slug}", and the SMS names the club, so one club's code is never taken for another's.
 */
final class PortalSignIn {
  private PortalSignIn() {}

  static long logSize() {
    try {
      return Files.size(PlatformNode.shared().log());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The member's token: a code asked for and typed. */
  static String token(Api api, String club, String mobile) {
    long from = logSize();
    api.anonymous().body(Map.of("mobile", mobile)).post("/portal/" + club + "/otp").then().statusCode(202);
    String code = fromSms(club, from, "code");
    return api.anonymous().body(Map.of("mobile", mobile, "code", code)).post("/portal/" + club + "/session").then().statusCode(200)
        .extract().path("accessToken");
  }

  /**
   * From the newest sign-in SMS of the club written to the node's log since {@code from} (a size of the
   * log): its code ({@code what} "code") or its link's token ("link").
   */
  static String fromSms(String club, long from, String what) {
    Pattern p = Pattern.compile("/p/" + Pattern.quote(club) + "/l/[A-Za-z0-9_-]{22}|به Club " + Pattern.quote(club) + ": \\d{6}");
    AtomicReference<String> found = new AtomicReference<>();
    Awaitility.await("the sign-in SMS of " + club).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
      byte[] all = Files.readAllBytes(PlatformNode.shared().log());
      int start = (int) Math.min(from, all.length);
      Matcher m = p.matcher(new String(all, start, all.length - start, StandardCharsets.UTF_8));
      String code = null;
      String link = null;
      while (m.find()) {
        if (m.group().startsWith("/p/")) {
          link = m.group().substring(m.group().lastIndexOf('/') + 1);
        } else {
          code = m.group().substring(m.group().length() - 6);
        }
      }
      found.set(what.equals("link") ? link : code);
      return found.get() != null;
    });
    return found.get();
  }
}
