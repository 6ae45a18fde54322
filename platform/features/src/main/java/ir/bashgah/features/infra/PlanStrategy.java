package ir.bashgah.features.infra;

import io.getunleash.UnleashContext;
import io.getunleash.strategy.Strategy;
import java.util.Arrays;
import java.util.Map;

/**
 * Unleash strategy "bashgah-plan": on when the tenant's plan (context property {@code plan}) is one
 * of the comma-separated {@code plans} parameter. The platform pushes one such strategy per feature,
 * so an Unleash server can also change which plans get a feature without a release.
 */
public class PlanStrategy implements Strategy {
  public static final String NAME = "bashgah-plan";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isEnabled(Map<String, String> parameters) {
    return false;
  }

  @Override
  public boolean isEnabled(Map<String, String> parameters, UnleashContext context) {
    String plan = context.getProperties().get("plan");
    String plans = parameters.get("plans");
    return plan != null && plans != null && Arrays.stream(plans.split(",")).map(String::trim).anyMatch(plan::equals);
  }
}
