package ir.bashgah.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static ir.bashgah.app.TheCode.CLASSES;
import static ir.bashgah.app.TheCode.KERNEL;
import static ir.bashgah.app.TheCode.MODULES;
import static ir.bashgah.app.TheCode.PACKAGES;
import static ir.bashgah.app.TheCode.RANK;
import static ir.bashgah.app.TheCode.ROOT;
import static ir.bashgah.app.TheCode.moduleOf;
import static ir.bashgah.app.TheCode.rank;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of issue 11, kept by the build (after ddd-by-examples/library's
 * ModularArchitectureTest and LendingHexagonalArchitectureTest).
 *
 * <p>A module is a direct subpackage of {@code ir.bashgah}, found in the classes themselves, so a new
 * module is checked the day it appears. {@code kernel} is not a module but the shared base: every
 * module may use it, it uses none. Modules meet only through their {@code api} package, and only
 * earlier modules in {@link TheCode#ORDER}. Inside a module the layers are the subpackages {@code api},
 * {@code application}, {@code domain}, {@code infra} and {@code web}: their rules are
 * {@link LayerRulesTest}'s, and those of endpoints and persistence {@link EndpointRulesTest}'s; the
 * classes and the modules all three check are {@link TheCode}'s.
 */
class ArchitectureTest {
  // ---- modules ------------------------------------------------------------------------------

  @Test
  void theModulesAreThePackagesAndEachHasItsPlaceInTheOrder() {
    assertThat(MODULES).isNotEmpty()
        .contains("audit", "tenancy", "features", "security", "web", "jobs", "branches", "members", "loyalty", "pos", "imports", "analytics", "messaging", "portal", "app")
        .doesNotContain(KERNEL);
    assertThat(PACKAGES).contains(KERNEL);
    // A new module fails here until it is given its rank, rather than being checked against nothing.
    assertThat(RANK.keySet()).containsAll(PACKAGES);
  }

  @Test
  void modulesUseEachOtherOnlyThroughTheirApi() {
    classes().that().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<>("use another module only through its api package (kernel excepted)") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            String from = moduleOf(origin).orElse(null);
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
              JavaClass target = d.getTargetClass().getBaseComponentType();
              String to = moduleOf(target).orElse(null);
              if (from != null && to != null && !to.equals(from) && !to.equals(KERNEL)
                  && !target.getPackageName().startsWith(ROOT + "." + to + ".api") && !demoDrivesUseCase(origin, target, to)) {
                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
              }
            }
          }
        })
        .check(CLASSES);
  }

  /**
   * The demo club ({@code app.demo}) fills a new club the way an operator would, so it drives the
   * modules' use cases (application) with their commands (domain documents such as a programme's
   * rules), as a web resource of that module does; never their infra or web.
   */
  private static boolean demoDrivesUseCase(JavaClass origin, JavaClass target, String module) {
    String pkg = target.getPackageName();
    return origin.getPackageName().startsWith(ROOT + ".app.demo")
        && (pkg.startsWith(ROOT + "." + module + ".application") || pkg.startsWith(ROOT + "." + module + ".domain"));
  }

  @Test
  void modulesUseOnlyEarlierModulesAndKernelNone() {
    classes().that().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<>("depend only on modules earlier in the order") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            String from = moduleOf(origin).orElse(null);
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
              String to = moduleOf(d.getTargetClass().getBaseComponentType()).orElse(null);
              if (from != null && to != null && !to.equals(from) && rank(to) >= rank(from)) {
                events.add(SimpleConditionEvent.violated(d, from + " (rank " + rank(from) + ") may not use " + to + " (rank " + rank(to) + "): "
                    + d.getDescription()));
              }
            }
          }
        })
        .check(CLASSES);
  }

  @Test
  void modulesAreFreeOfCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
