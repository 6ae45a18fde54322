package ir.bashgah.features.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.tenancy.api.Plan;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeatureTogglesTest {
  private FeatureToggles toggles;
  private WireMockServer unleash;

  @AfterEach
  void stop() {
    if (toggles != null) {
      toggles.stop();
    }
    if (unleash != null) {
      unleash.stop();
    }
  }

  private FeatureToggles start(Optional<String> url) {
    FeatureToggles t = new FeatureToggles();
    t.url = url;
    t.apiKey = Optional.of("client-token");
    t.fetchSeconds = 60;
    t.start();
    return t;
  }

  @Test
  void withoutAServerEveryFeatureFollowsThePlanMatrix() {
    toggles = start(Optional.empty());
    for (PlanMatrix.Feature feature : PlanMatrix.standard().features().values()) {
      for (Plan plan : Plan.values()) {
        assertThat(toggles.isOn(feature.code(), plan, "any")).as(feature.code() + " on " + plan).isEqualTo(feature.isOn(plan));
      }
    }
  }

  @Test
  void withAServerItsTogglesDecide() {
    unleash = new WireMockServer(wireMockConfig().dynamicPort());
    unleash.start();
    // The server has moved the audit log (K1) down to BASIC only, and knows nothing of A1.
    unleash.stubFor(get(urlPathEqualTo("/api/client/features")).willReturn(okJson(
        "{\"version\":2,\"features\":[{\"name\":\"K1\",\"enabled\":true,\"strategies\":[{\"name\":\"bashgah-plan\",\"parameters\":{\"plans\":\"BASIC\"}}]}]}")));
    unleash.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(202)));

    toggles = start(Optional.of(unleash.baseUrl() + "/api"));

    assertThat(toggles.isOn("K1", Plan.BASIC, "acme")).isTrue();
    assertThat(toggles.isOn("K1", Plan.PREMIUM, "acme")).isFalse();
    assertThat(toggles.isOn("A1", Plan.PREMIUM, "acme")).isFalse();
    unleash.verify(getRequestedFor(urlPathEqualTo("/api/client/features")).withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("client-token")));
  }

  @Test
  void theBootstrapDocumentNamesEveryCodeWithThePlansThatHaveIt() {
    String json = FeatureToggles.bootstrapJson(PlanMatrix.standard());
    assertThat(json).contains("\"name\":\"K1\"").contains("\"plans\":\"STANDARD,PROFESSIONAL,VIP,PREMIUM\"");
  }
}
