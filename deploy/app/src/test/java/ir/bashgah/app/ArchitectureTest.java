package ir.bashgah.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
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
import org.junit.jupiter.api.Test;

/** The boundaries of shared/ARCHITECTURE.md, kept by the build. */
class ArchitectureTest {
  /** The bounded contexts under tenant-modules; each may use another only through its api package. */
  private static final List<String> TENANT_MODULES = List.of("branches", "members", "loyalty", "pos", "imports", "analytics");

  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ir.bashgah");

  private static final DescribedPredicate<JavaMethod> ENDPOINTS =
      DescribedPredicate.describe("JAX-RS endpoints", m ->
          m.isAnnotatedWith(GET.class) || m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class)
              || m.isAnnotatedWith(PATCH.class) || m.isAnnotatedWith(DELETE.class));

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
    methods().that().areAnnotatedWith(ir.bashgah.web.idempotency.Idempotent.class)
        .should().haveRawReturnType(jakarta.ws.rs.core.Response.class)
        .andShould().beAnnotatedWith(jakarta.transaction.Transactional.class)
        .check(CLASSES);
  }

  @Test
  void resourcesAreRequestScopedWebClassesNamedAfterWhatTheyServe() {
    classes().that().areAnnotatedWith(Path.class)
        .should().haveSimpleNameEndingWith("Resource")
        .andShould().resideInAPackage("..web..")
        .andShould().beAnnotatedWith(RequestScoped.class)
        .check(CLASSES);
  }

  @Test
  void domainCodeKnowsNothingOfHttp() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
        .check(CLASSES);
  }

  @Test
  void thePlatformDoesNotDependOnTenantModules() {
    noClasses().that().resideInAnyPackage("ir.bashgah.kernel..", "ir.bashgah.audit..", "ir.bashgah.tenancy..", "ir.bashgah.features..", "ir.bashgah.security..", "ir.bashgah.web..", "ir.bashgah.jobs..")
        .should().dependOnClassesThat().resideInAnyPackage(TENANT_MODULES.stream().map(m -> "ir.bashgah." + m + "..").toArray(String[]::new))
        .check(CLASSES);
  }

  @Test
  void tenantModulesMeetOnlyThroughTheirApiPackages() {
    for (String module : TENANT_MODULES) {
      for (String other : TENANT_MODULES) {
        if (!other.equals(module)) {
          noClasses().that().resideInAPackage("ir.bashgah." + module + "..")
              .should().dependOnClassesThat(DescribedPredicate.describe("outside " + other + ".api", c -> c.getPackageName().startsWith("ir.bashgah." + other) && !c.getPackageName().startsWith("ir.bashgah." + other + ".api")))
              .allowEmptyShould(true)
              .check(CLASSES);
        }
      }
    }
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
    org.assertj.core.api.Assertions.assertThat(missing).isEmpty();
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
    org.assertj.core.api.Assertions.assertThat(primitive).isEmpty();
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

  @Test
  void kernelDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("ir.bashgah.kernel..")
        .should().dependOnClassesThat().resideInAnyPackage("ir.bashgah.audit..", "ir.bashgah.tenancy..", "ir.bashgah.features..", "ir.bashgah.security..", "ir.bashgah.web..")
        .check(CLASSES);
  }
}
