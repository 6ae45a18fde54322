package ir.bashgah.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of issue 11, kept by the build (after ddd-by-examples/library's
 * ModularArchitectureTest and LendingHexagonalArchitectureTest).
 *
 * <p>A module is a direct subpackage of {@code ir.bashgah}, found in the classes themselves, so a new
 * module is checked the day it appears. {@code kernel} is not a module but the shared base: every
 * module may use it, it uses none. Modules meet only through their {@code api} package, and only
 * earlier modules in {@link #ORDER}. Inside a module the layers are the subpackages {@code api},
 * {@code application}, {@code domain}, {@code infra} and {@code web}.
 */
class ArchitectureTest {
  private static final String ROOT = "ir.bashgah";
  private static final String KERNEL = "kernel";
  /** The module that is the shared HTTP edge. */
  private static final String EDGE = "web";

  /**
   * The one statement of the order (the Maven reactor's, which already refuses a backward
   * dependency between jars): a module may use the modules of earlier ranks only, never one of its
   * own rank or a later one. The platform comes first and never sees a tenant module; {@code app},
   * the deployable WAR, comes last.
   */
  private static final List<Set<String>> ORDER = List.of(
      Set.of(KERNEL),
      Set.of("audit"),
      Set.of("tenancy"),
      Set.of("features"),
      Set.of("security"),
      Set.of("web"),
      Set.of("jobs"),
      Set.of("branches"),
      Set.of("members"),
      Set.of("loyalty"),
      Set.of("pos", "imports", "analytics"),
      Set.of("app"));

  private static final String[] LAYERS = {"api", "application", "domain", "infra", "web"};

  /**
   * The application's classes. {@code ir.bashgah.embedded} (deploy/embedded-db) is on this test's
   * class path only to start MariaDB for the integration tests and for ./run's launcher; it is not
   * part of the WAR, so it is no module.
   */
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT)
          .that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".embedded.."));

  /** Every direct subpackage of ir.bashgah that holds classes, kernel included. */
  private static final Set<String> PACKAGES = CLASSES.stream()
      .map(ArchitectureTest::moduleOf)
      .flatMap(Optional::stream)
      .collect(Collectors.toCollection(TreeSet::new));

  private static final Set<String> MODULES = PACKAGES.stream().filter(m -> !m.equals(KERNEL)).collect(Collectors.toCollection(TreeSet::new));

  private static final Map<String, Integer> RANK = rankOf();

  private static final DescribedPredicate<JavaMethod> ENDPOINTS =
      DescribedPredicate.describe("JAX-RS endpoints", m ->
          m.isAnnotatedWith(GET.class) || m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class)
              || m.isAnnotatedWith(PATCH.class) || m.isAnnotatedWith(DELETE.class));

  // ---- modules ------------------------------------------------------------------------------

  @Test
  void theModulesAreThePackagesAndEachHasItsPlaceInTheOrder() {
    assertThat(MODULES).isNotEmpty()
        .contains("audit", "tenancy", "features", "security", "web", "jobs", "branches", "members", "loyalty", "pos", "imports", "analytics", "app")
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

  // ---- layers inside a module ---------------------------------------------------------------

  /**
   * What other modules see: interfaces, records, enums, exceptions, annotations and events. It knows
   * nothing of the rest of its own module, and besides other modules' api only the JDK, Jakarta and
   * the kernel.
   */
  @Test
  void anApiKnowsOnlyApis() {
    classes().that().resideInAPackage(ROOT + ".*.api..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".*.api..", ROOT + "." + KERNEL + "..", "java..", "jakarta..")
        .check(CLASSES);
  }

  /** A bean with logic belongs in application, behind an api interface when other modules use it. */
  @Test
  void anApiHoldsNoBeans() {
    noClasses().that().resideInAPackage(ROOT + ".*.api..")
        .should().beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
        .orShould().beAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
        .orShould().beAnnotatedWith(jakarta.enterprise.context.Dependent.class)
        .orShould().beAnnotatedWith(jakarta.ejb.Singleton.class)
        .orShould().beAnnotatedWith(jakarta.ejb.Stateless.class)
        .check(CLASSES);
  }

  @Test
  void theDomainKnowsNoOtherLayerOfItsModule() {
    for (String module : MODULES) {
      noClasses().that(inLayer(module, "domain"))
          .should().dependOnClassesThat(inLayer(module, "application").or(inLayer(module, "infra")).or(inLayer(module, "web")))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  void domainCodeKnowsNothingOfHttpOrPersistenceSessions() {
    noClasses().that().resideInAPackage(ROOT + ".*.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
        .orShould().dependOnClassesThat().belongToAnyOf(jakarta.persistence.EntityManager.class)
        .check(CLASSES);
  }

  @Test
  void applicationUsesNeitherInfraNorWeb() {
    for (String module : MODULES) {
      noClasses().that(inLayer(module, "application"))
          .should().dependOnClassesThat(inLayer(module, "infra").or(inLayer(module, "web")))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  /** Infra implements the domain's interfaces; it is called, it does not call up. */
  @Test
  void infraUsesNeitherApplicationNorWeb() {
    for (String module : MODULES) {
      noClasses().that(inLayer(module, "infra"))
          .should().dependOnClassesThat(inLayer(module, "application").or(inLayer(module, "web")))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  /** Resources reach storage through application (and the domain's interfaces), never its implementations. */
  @Test
  void webDoesNotUseInfra() {
    for (String module : MODULES) {
      noClasses().that(inLayer(module, "web"))
          .should().dependOnClassesThat(inLayer(module, "infra"))
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  /**
   * Only infra talks to the persistence context. kernel.persistence is the shared JDBC/JPA plumbing
   * (bulk inserts, transactions) infra builds on.
   */
  @Test
  void theEntityManagerIsUsedOnlyInInfra() {
    noClasses().that().resideOutsideOfPackages(ROOT + ".*.infra..", ROOT + "." + KERNEL + ".persistence..")
        .should().dependOnClassesThat().belongToAnyOf(jakarta.persistence.EntityManager.class, jakarta.persistence.EntityManagerFactory.class)
        .check(CLASSES);
  }

  /**
   * JAX-RS belongs to the web layer of each module. The web module is the shared HTTP edge (filters,
   * problem mappers, idempotency, request limits, the Application class): its packages other than
   * api, application, domain and infra are its web layer, wherever they sit (see {@link #inLayer}).
   */
  @Test
  void jaxRsOnlyInWeb() {
    noClasses().that(DescribedPredicate.not(inAnyWebLayer()))
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
        .check(CLASSES);
  }

  @Test
  void resourcesAreRequestScopedWebClassesNamedAfterWhatTheyServe() {
    classes().that().areAnnotatedWith(Path.class)
        .should().haveSimpleNameEndingWith("Resource")
        .andShould().resideInAPackage(ROOT + ".*.web..")
        .andShould().beAnnotatedWith(RequestScoped.class)
        .check(CLASSES);
  }

  /**
   * Every class of a module sits in one of its layers. Two exceptions: the web module, whose edge
   * packages are its web layer (see {@link #inLayer}), and {@code app}, the WAR that assembles the
   * modules (its start-up singleton, data source and demo club; its persistence unit is in app.infra).
   */
  @Test
  void everyClassOfAModuleSitsInALayer() {
    classes().that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackages(ROOT + "." + KERNEL + "..", ROOT + "." + EDGE + "..", ROOT + ".app..")
        .should().resideInAnyPackage(java.util.Arrays.stream(LAYERS).map(l -> ROOT + ".*." + l + "..").toArray(String[]::new))
        .check(CLASSES);
  }

  // ---- endpoints and persistence ------------------------------------------------------------

  @Test
  void everyEndpointStatesWhoMayCallIt() {
    methods().that(ENDPOINTS).should(new ArchCondition<>("carry @Allowed or @PublicEndpoint (on the method or its class)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        JavaClass owner = method.getOwner();
        boolean stated = method.isAnnotatedWith(Allowed.class) || method.isAnnotatedWith(PublicEndpoint.class)
            || owner.isAnnotatedWith(Allowed.class) || owner.isAnnotatedWith(PublicEndpoint.class);
        if (!stated) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no access rule"));
        }
      }
    }).check(CLASSES);
  }

  /** The idempotency interceptor answers a stored Response on a replay, so the method must return one. */
  @Test
  void idempotentEndpointsAnswerAResponse() {
    methods().that().areAnnotatedWith(ir.bashgah.web.api.Idempotent.class)
        .should().haveRawReturnType(jakarta.ws.rs.core.Response.class)
        .andShould().beAnnotatedWith(jakarta.transaction.Transactional.class)
        .check(CLASSES);
  }

  /** Payara only sees the persistent classes persistence.xml lists; a forgotten one fails at run time. */
  @Test
  void everyPersistentClassIsListedInPersistenceXml() throws java.io.IOException {
    String xml = new String(getClass().getResourceAsStream("/META-INF/persistence.xml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    List<String> missing = CLASSES.stream()
        .filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class) || c.isAnnotatedWith(jakarta.persistence.Embeddable.class)
            || c.isAnnotatedWith(jakarta.persistence.Converter.class))
        .map(JavaClass::getName)
        .filter(name -> !xml.contains("<class>" + name + "</class>"))
        .toList();
    assertThat(missing).isEmpty();
  }

  /**
   * StrictJson refuses 1.5 for a whole number, 1 for a boolean and 12 for a text only in boxed and
   * object fields (Yasson binds its deserializers by exact type): a primitive field of a request body
   * would silently take them (docs/security.md, "Input limits").
   */
  @Test
  void requestBodiesHaveNoPrimitiveFields() {
    List<String> primitive = new java.util.ArrayList<>();
    for (JavaClass resource : CLASSES) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (java.lang.reflect.Method m : resource.reflect().getDeclaredMethods()) {
        if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class) && !m.isAnnotationPresent(PATCH.class) && !m.isAnnotationPresent(DELETE.class)) {
          continue;
        }
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          if (p.getAnnotations().length == 0) {
            primitiveComponents(p.getParameterizedType(), resource.getSimpleName() + "." + m.getName(), primitive, new java.util.HashSet<>());
          }
        }
      }
    }
    assertThat(primitive).isEmpty();
  }

  private static void primitiveComponents(java.lang.reflect.Type type, String path, List<String> found, java.util.Set<Class<?>> seen) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        primitiveComponents(argument, path, found, seen);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
        if (rc.getType().isPrimitive()) {
          found.add(path + ": " + c.getSimpleName() + "." + rc.getName() + " is " + rc.getType());
        } else {
          primitiveComponents(rc.getGenericType(), path, found, seen);
        }
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The direct subpackage of ir.bashgah a class belongs to, if it is one of ours below the root. */
  private static Optional<String> moduleOf(JavaClass c) {
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
  private static DescribedPredicate<JavaClass> inLayer(String module, String layer) {
    String modulePackage = ROOT + "." + module;
    if (module.equals(EDGE) && layer.equals("web")) {
      return DescribedPredicate.describe("in the web module's edge packages", c -> within(c, modulePackage)
          && java.util.Arrays.stream(LAYERS).filter(l -> !l.equals("web")).noneMatch(l -> within(c, modulePackage + "." + l)));
    }
    return DescribedPredicate.describe("in " + modulePackage + "." + layer, c -> within(c, modulePackage + "." + layer));
  }

  private static DescribedPredicate<JavaClass> inAnyWebLayer() {
    return DescribedPredicate.describe("in a web layer", c -> moduleOf(c).filter(MODULES::contains).map(m -> inLayer(m, "web").test(c)).orElse(false));
  }

  private static boolean within(JavaClass c, String pkg) {
    return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
  }

  private static int rank(String module) {
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
