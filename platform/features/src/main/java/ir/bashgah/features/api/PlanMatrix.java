package ir.bashgah.features.api;

import ir.bashgah.tenancy.api.Plan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which plan has which feature, as docs/plans.md lists it (copied into plan-matrix.txt). A
 * cell is "-" (off), "Y" (on) or the name of the variant that plan gets ("XP + RFM"), which is on.
 */
public final class PlanMatrix {
  public record Feature(String code, String name, Map<Plan, String> cells) {
    public boolean isOn(Plan plan) {
      return !"-".equals(cells.get(plan));
    }

    /** The variant text of the plan's cell ("Y" for plain on, "-" for off). */
    public String variant(Plan plan) {
      return cells.get(plan);
    }
  }

  private static final PlanMatrix INSTANCE = load();

  private final Map<String, Feature> features;

  private PlanMatrix(Map<String, Feature> features) {
    this.features = Collections.unmodifiableMap(features);
  }

  public static PlanMatrix standard() {
    return INSTANCE;
  }

  public Map<String, Feature> features() {
    return features;
  }

  public Optional<Feature> feature(String code) {
    return Optional.ofNullable(features.get(code));
  }

  public boolean isOn(String code, Plan plan) {
    Feature f = features.get(code);
    return f != null && f.isOn(plan);
  }

  private static PlanMatrix load() {
    try (InputStream in = PlanMatrix.class.getResourceAsStream("/ir/bashgah/features/plan-matrix.txt")) {
      if (in == null) {
        throw new IllegalStateException("plan-matrix.txt is missing from the features module");
      }
      Map<String, Feature> features = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\\|", -1);
        if (cols.length != 2 + Plan.values().length) {
          throw new IllegalStateException("plan-matrix.txt: wrong number of columns in: " + line);
        }
        Map<Plan, String> cells = new EnumMap<>(Plan.class);
        for (Plan plan : Plan.values()) {
          cells.put(plan, cols[2 + plan.ordinal()].trim());
        }
        features.put(cols[0].trim(), new Feature(cols[0].trim(), cols[1].trim(), cells));
      }
      return new PlanMatrix(features);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
