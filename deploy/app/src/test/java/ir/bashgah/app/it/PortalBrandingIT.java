package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The portal's look (CP2, J1-J3): a name, a logo, address and links on every plan; own colours, template,
 * app icon and domain on Premium only; a member typing the club's host lands in its portal.
 */
class PortalBrandingIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x8a1538));
    g.fillOval(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void everyPlanNamesItsPortalAndGivesItALogoButKeepsTheStandardLook() throws Exception {
    String owner = api.createTenant(admin, "look-std", "STANDARD");
    api.as(owner).get("/portal/branding").then().statusCode(200).body("clubName", equalTo("Club look-std")).body("displayName", nullValue())
        .body("primaryColor", equalTo("#0b6e4f")).body("template", equalTo("standard")).body("allowed.colors", equalTo(false))
        .body("allowed.domain", equalTo(false)).body("portalUrl", equalTo("/p/look-std/"));
    api.as(owner).body(Map.of("displayName", "کافه نمونه", "address", "تهران، خیابان ولیعصر", "social", Map.of("instagram", "cafe.nemooneh")))
        .put("/portal/branding").then().statusCode(200).body("displayName", equalTo("کافه نمونه")).body("social.instagram", equalTo("cafe.nemooneh"))
        .body("social.website", nullValue());
    api.anonymous().get("/portal/look-std/club").then().statusCode(200).body("name", equalTo("کافه نمونه")).body("address", equalTo("تهران، خیابان ولیعصر"))
        .body("social.instagram", equalTo("cafe.nemooneh")).body("walletAvailable", equalTo(false));

    byte[] logo = png(120, 60);
    String logoUrl = api.as(owner).contentType("image/png").body(logo).put("/portal/branding/logo").then().statusCode(200)
        .body("logoUrl", startsWith("/p/look-std/logo?v=")).extract().path("logoUrl");
    byte[] served = given().baseUri(root()).get(logoUrl).then().statusCode(200).contentType("image/png").extract().asByteArray();
    assertThat(served).isEqualTo(logo);
    api.anonymous().get("/portal/look-std/club").then().body("logoUrl", equalTo(logoUrl));
    api.as(owner).contentType("image/png").body("not an image".getBytes()).put("/portal/branding/logo").then().statusCode(422)
        .body("errors[0].field", equalTo("logo"));
    api.as(owner).contentType("image/png").body(new byte[300 * 1024]).put("/portal/branding/logo").then().statusCode(422)
        .body("errors[0].field", equalTo("logo"));

    // Premium's parts are refused by name, and nothing of the request is kept
    api.as(owner).body(Map.of("displayName", "دیگر", "primaryColor", "#8a1538")).put("/portal/branding").then().statusCode(403)
        .body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).body(Map.of("template", "bold")).put("/portal/branding").then().statusCode(403);
    api.as(owner).body(Map.of("domain", "cafe.example.ir")).put("/portal/branding").then().statusCode(403);
    api.as(owner).contentType("image/png").body(png(512, 512)).put("/portal/branding/icon").then().statusCode(403);
    api.as(owner).get("/portal/branding").then().body("displayName", equalTo("کافه نمونه")).body("primaryColor", equalTo("#0b6e4f"));
    api.as(owner).body(Map.of("primaryColor", "green", "shape", "round")).put("/portal/branding").then().statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.hasItem("shape"));
    // the look is the club's owners' and managers' to set
    String marketer = api.staff(owner, "look-std", "kasra", "marketer", null);
    api.as(marketer).get("/portal/branding").then().statusCode(403);
    api.as(owner).get("/audit?action=PORTAL.BRANDING").then().statusCode(200).body("items.size()", equalTo(1));
  }

  @Test
  void premiumHasItsOwnColoursTemplateIconAndDomain() throws Exception {
    String owner = api.createTenant(admin, "look-prem", "PREMIUM");
    api.as(owner).body(Map.of("primaryColor", "#8A1538", "backgroundColor", "#fff8f0", "template", "soft", "domain", "Club-Look.Example.ir."))
        .put("/portal/branding").then().statusCode(200).body("primaryColor", equalTo("#8a1538")).body("template", equalTo("soft"))
        .body("domain", equalTo("club-look.example.ir")).body("allowed.icon", equalTo(true));
    api.anonymous().get("/portal/look-prem/club").then().body("primaryColor", equalTo("#8a1538")).body("template", equalTo("soft"));
    given().baseUri(root()).get("/p/look-prem/manifest.webmanifest").then().statusCode(200).body("theme_color", equalTo("#8a1538"))
        .body("background_color", equalTo("#fff8f0")).body("scope", equalTo("/p/look-prem/")).body("icons[0].src", equalTo("/p/look-prem/icon-192.png"));

    // the club's host opens its portal; the platform's own host keeps its start page
    given().baseUri(root()).header("Host", "club-look.example.ir").redirects().follow(false).get("/").then().statusCode(302)
        .header("Location", endsWith("/p/look-prem/"));
    given().baseUri(root()).redirects().follow(false).get("/").then().statusCode(200);
    // one host, one club
    String other = api.createTenant(admin, "look-prem-b", "PREMIUM");
    api.as(other).body(Map.of("domain", "club-look.example.ir")).put("/portal/branding").then().statusCode(409);
    api.as(other).body(Map.of("domain", "https://club.example.ir/p")).put("/portal/branding").then().statusCode(422)
        .body("errors[0].field", equalTo("domain"));

    // the app icon: a square PNG of 512 or more, served at the sizes the manifest names
    api.as(owner).contentType("image/png").body(png(300, 300)).put("/portal/branding/icon").then().statusCode(422).body("errors[0].field", equalTo("icon"));
    api.as(owner).contentType("image/png").body(png(640, 640)).put("/portal/branding/icon").then().statusCode(200)
        .body("iconUrl", startsWith("/p/look-prem/icon-512.png?v="));
    byte[] small = given().baseUri(root()).get("/p/look-prem/icon-192.png").then().statusCode(200).contentType("image/png").extract().asByteArray();
    BufferedImage icon = ImageIO.read(new ByteArrayInputStream(small));
    assertThat(icon.getWidth()).isEqualTo(192);
    assertThat(icon.getHeight()).isEqualTo(192);
    // a club without its own icon gets the product's
    given().baseUri(root()).get("/p/look-prem-b/icon-192.png").then().statusCode(200).contentType("image/png");

    // giving the domain up frees it
    api.as(owner).body(java.util.Collections.singletonMap("domain", null)).put("/portal/branding").then().statusCode(200).body("domain", nullValue());
    api.as(other).body(Map.of("domain", "club-look.example.ir")).put("/portal/branding").then().statusCode(200);
    given().baseUri(root()).header("Host", "club-look.example.ir").redirects().follow(false).get("/").then().statusCode(302)
        .header("Location", endsWith("/p/look-prem-b/"));
  }
}
