package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.restassured.response.Response;
import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.members.domain.qr.MemberQr;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The member's personal QR code (B7, VIP and Premium): issued to staff, scanned at the till, impossible to forge or reuse elsewhere. */
class MemberQrIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private String payload(Api.Till t, String kind) {
    return api.as(t.owner()).queryParam("kind", kind).get("/members/" + t.member() + "/qr").then().statusCode(200).extract().path("payload");
  }

  private Response lookup(Api.Till t, String qr) {
    return api.terminal(t.key()).body(Map.of("qr", qr)).post("/pos/lookup");
  }

  @Test
  void aDigitalCodeOnThePhoneIdentifiesTheMemberForAFewMinutes() {
    Api.Till t = api.till(admin, "qr-digital", "1111", "VIP");
    Response qr = api.as(t.owner()).get("/members/" + t.member() + "/qr");
    qr.then().statusCode(200).body("kind", equalTo("digital")).body("payload", startsWith("BQ1."));
    Instant expiresAt = Instant.parse(qr.path("expiresAt"));
    assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
    lookup(t, qr.path("payload")).then().statusCode(200).body("memberCode", equalTo(t.member())).body("name", equalTo("Sima Ahmadi"));
  }

  @Test
  void aPrintedCodeWorksWhileTheCardItWasPrintedForDoes() {
    Api.Till t = api.till(admin, "qr-printed", "1111", "VIP");
    api.as(t.owner()).queryParam("kind", "printed").get("/members/" + t.member() + "/qr").then().statusCode(200)
        .body("kind", equalTo("printed")).body("expiresAt", nullValue());
    String printed = payload(t, "printed");
    assertThat(payload(t, "printed")).isEqualTo(printed);
    lookup(t, printed).then().statusCode(200).body("memberCode", equalTo(t.member()));

    api.as(t.owner()).body(Map.of("status", "BLOCKED", "reason", "گم شد")).put("/cards/" + t.cardNumber() + "/status").then().statusCode(200);
    lookup(t, printed).then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.as(t.owner()).queryParam("kind", "printed").get("/members/" + t.member() + "/qr").then().statusCode(409);
    // the digital code does not depend on a card
    lookup(t, payload(t, "digital")).then().statusCode(200);
  }

  @Test
  void theImageScansToThePayloadTheTillAccepts() throws Exception {
    Api.Till t = api.till(admin, "qr-image", "1111", "PREMIUM");
    byte[] png = api.as(t.owner()).accept("image/png").queryParam("kind", "printed").queryParam("size", 240).get("/members/" + t.member() + "/qr.png")
        .then().statusCode(200).contentType("image/png").header("Cache-Control", "no-store").extract().asByteArray();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(240);
    String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    assertThat(scanned).isEqualTo(payload(t, "printed"));
    lookup(t, scanned).then().statusCode(200).body("memberCode", equalTo(t.member()));
    api.as(t.owner()).accept("image/png").queryParam("size", 50).get("/members/" + t.member() + "/qr.png").then().statusCode(422).body("errors[0].field", equalTo("size"));
    api.as(t.owner()).queryParam("kind", "tattoo").get("/members/" + t.member() + "/qr").then().statusCode(422).body("errors[0].field", equalTo("kind"));
  }

  @Test
  void aForgedOrAnotherClubsCodeFindsNobodyAndJunkIsNamedAsSuch() {
    Api.Till a = api.till(admin, "qr-forge-a", "1111", "VIP");
    Api.Till b = api.till(admin, "qr-forge-b", "1111", "VIP");
    String genuine = payload(a, "digital");
    String[] parts = genuine.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
    lookup(a, tampered).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    // club b has a member with the same code, yet a's code names nobody there: the club is part of the signature
    lookup(b, genuine).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    lookup(b, payload(b, "digital")).then().statusCode(200);
    lookup(a, "anything").then().statusCode(422).body("type", equalTo(PROBLEMS + "validation-failed")).body("errors[0].field", equalTo("qr"));
    lookup(a, "BQ1.bm90LWEtbWVtYmVy.AAAA").then().statusCode(422).body("errors[0].field", equalTo("qr"));
  }

  /** The test signs codes with the platform's own key (read from the database) to make one that expired a minute ago. */
  @Test
  void anExpiredDigitalCodeIsRefused() throws Exception {
    Api.Till t = api.till(admin, "qr-expired", "1111", "VIP");
    try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        ResultSet rs = db.createStatement().executeQuery("SELECT value FROM bashgah.platform_secret WHERE name = 'field-encryption-key'")) {
      assertThat(rs.next()).isTrue();
      FieldCipher.install(Base64.getDecoder().decode(rs.getString(1)));
    }
    lookup(t, MemberQr.digital(t.member(), Instant.now().plus(Duration.ofMinutes(1))).payload("qr-expired")).then().statusCode(200);
    lookup(t, MemberQr.digital(t.member(), Instant.now().minus(Duration.ofMinutes(1))).payload("qr-expired")).then().statusCode(422)
        .body("errors[0].field", equalTo("qr")).body("detail", containsString("expired"));
  }

  @Test
  void aDeactivatedMembersCodeIsRefusedAtTheTill() {
    Api.Till t = api.till(admin, "qr-off", "1111", "VIP");
    String qr = payload(t, "printed");
    api.as(t.owner()).body(Map.of("active", false, "creditActive", false, "reason", "درخواست عضو")).put("/members/" + t.member() + "/status").then().statusCode(200);
    lookup(t, qr).then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
  }

  @Test
  void qrCodesAreNotInTheProfessionalPlan() {
    Api.Till t = api.till(admin, "qr-pro", "1111", "PROFESSIONAL");
    api.as(t.owner()).get("/members/" + t.member() + "/qr").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(t.owner()).accept("image/png").get("/members/" + t.member() + "/qr.png").then().statusCode(403);
    lookup(t, "BQ1.anything.at-all").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
  }
}
