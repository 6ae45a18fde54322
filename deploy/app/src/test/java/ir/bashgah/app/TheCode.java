package ir.bashgah.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The code the architecture rules ({@link ArchitectureTest}, {@link LayerRulesTest},
 * {@link EndpointRulesTest}) check, imported once per JVM, and what they know of it: the modules,
 * their order and the layers inside a module.
 *
 * <p>A module is a direct subpackage of {@code ir.bashgah}, found in the classes themselves, so a new
 * module is checked the day it appears. {@code kernel} is not a module but the shared base: every
 * module may use it, it uses none. Inside a module the layers are the subpackages {@code api},
 * {@code application}, {@code domain}, {@code infra} and {@code web}.
 */
final class TheCode {
  static final String ROOT = "ir.bashgah";
  static final String KERNEL = "kernel";
  /** The module that is the shared HTTP edge. */
  static final String EDGE = "web";

  /**
   * The one statement of the order (the Maven reactor's, which already refuses a backward
   * dependency between jars): a module may use the modules of earlier ranks only, never one of its
   * own rank or a later one. The platform comes first and never sees a tenant module; {@code app},
   * the deployable WAR, comes last.
   */
  static final List<Set<String>> ORDER = List.of(
      Set.of(KERNEL),
      Set.of("audit"),
      Set.of("tenancy"),
      Set.of("features"),
      Set.of("security"),
      Set.of("web"),
      Set.of("jobs"),
      Set.of("branches"),
      Set.of("members"),
      // before loyalty and pos, so that an invoice's earn receipt can be queued with the invoice
      Set.of("messaging"),
      Set.of("loyalty"),
      Set.of("pos", "imports", "analytics"),
      // the member's side of the club: reads members, loyalty and messaging, never the till
      Set.of("portal"),
      Set.of("app"));

  static final String[] LAYERS = {"api", "application", "domain", "infra", "web"};

  /**
   * The application's classes. {@code ir.bashgah.embedded} (deploy/embedded-db) is on this test's
   * class path only to start MariaDB for the integration tests and for ./run's launcher; it is not
   * part of the WAR, so it is no module.
   */
  static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT)
          .that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".embedded.."));

  /** Every direct subpackage of ir.bashgah that holds classes, kernel included. */
  static final Set<String> PACKAGES = CLASSES.stream()
      .map(TheCode::moduleOf)
      .flatMap(Optional::stream)
      .collect(Collectors.toCollection(TreeSet::new));

  static final Set<String> MODULES = PACKAGES.stream().filter(m -> !m.equals(KERNEL)).collect(Collectors.toCollection(TreeSet::new));

  static final Map<String, Integer> RANK = rankOf();

  private TheCode() {}

  /** The direct subpackage of ir.bashgah a class belongs to, if it is one of ours below the root. */
  static Optional<String> moduleOf(JavaClass c) {
    String pkg = c.getPackageName();
    if (!pkg.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    String rest = pkg.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /**
   * The classes of one layer of a module: its subpackage of that name. The one exception is the web
   * layer of the web module, the shared HTTP edge, which is every package of that module but its
   * other layers (ir.bashgah.web, .problem, .limits, .idempotency, .console, ...).
   */
  static DescribedPredicate<JavaClass> inLayer(String module, String layer) {
    String modulePackage = ROOT + "." + module;
    if (module.equals(EDGE) && layer.equals("web")) {
      return DescribedPredicate.describe("in the web module's edge packages", c -> within(c, modulePackage)
          && java.util.Arrays.stream(LAYERS).filter(l -> !l.equals("web")).noneMatch(l -> within(c, modulePackage + "." + l)));
    }
    return DescribedPredicate.describe("in " + modulePackage + "." + layer, c -> within(c, modulePackage + "." + layer));
  }

  static DescribedPredicate<JavaClass> inAnyWebLayer() {
    return DescribedPredicate.describe("in a web layer", c -> moduleOf(c).filter(MODULES::contains).map(m -> inLayer(m, "web").test(c)).orElse(false));
  }

  static boolean within(JavaClass c, String pkg) {
    return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
  }

  static int rank(String module) {
    Integer r = RANK.get(module);
    // An unranked module is reported by theModulesAreThePackagesAndEachHasItsPlaceInTheOrder; here it ranks last.
    return r == null ? Integer.MAX_VALUE : r;
  }

  private static Map<String, Integer> rankOf() {
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < ORDER.size(); i++) {
      for (String module : ORDER.get(i)) {
        rank.put(module, i);
      }
    }
    return Map.copyOf(rank);
  }
}
