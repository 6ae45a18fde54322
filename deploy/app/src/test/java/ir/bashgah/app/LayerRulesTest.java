package ir.bashgah.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static ir.bashgah.app.TheCode.CLASSES;
import static ir.bashgah.app.TheCode.EDGE;
import static ir.bashgah.app.TheCode.KERNEL;
import static ir.bashgah.app.TheCode.LAYERS;
import static ir.bashgah.app.TheCode.MODULES;
import static ir.bashgah.app.TheCode.ROOT;
import static ir.bashgah.app.TheCode.inAnyWebLayer;
import static ir.bashgah.app.TheCode.inLayer;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The layers inside a module ({@code api}, {@code application}, {@code domain}, {@code infra},
 * {@code web}; see {@link TheCode}): what each may use, and where JAX-RS and the persistence context
 * belong. The rules between modules are {@link ArchitectureTest}'s.
 */
class LayerRulesTest {
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
   * api, application, domain and infra are its web layer, wherever they sit (see {@link TheCode#inLayer}).
   */
  @Test
  void jaxRsOnlyInWeb() {
    noClasses().that(DescribedPredicate.not(inAnyWebLayer()))
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
        .check(CLASSES);
  }

  /**
   * Resources are application-scoped: a request-scoped one is built, with an instance of each of its
   * interceptors, for every request (a twentieth of the till's time, docs/BENCHMARKS.md). Only a
   * resource that keeps the request in fields (a cookie, the URI) may be request-scoped.
   */
  @Test
  void resourcesAreApplicationScopedWebClassesNamedAfterWhatTheyServe() {
    classes().that().areAnnotatedWith(Path.class)
        .should().haveSimpleNameEndingWith("Resource")
        .andShould().resideInAPackage(ROOT + ".*.web..")
        .andShould(new ArchCondition<JavaClass>("be @ApplicationScoped, or @RequestScoped only when fields hold the request") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            boolean requestFields = c.getFields().stream().anyMatch(f -> f.getAnnotations().stream()
                .anyMatch(a -> a.getRawType().getPackageName().equals("jakarta.ws.rs") || a.getRawType().getPackageName().equals("jakarta.ws.rs.core")));
            boolean ok = c.isAnnotatedWith(ApplicationScoped.class) || (requestFields && c.isAnnotatedWith(RequestScoped.class));
            if (!ok) {
              events.add(SimpleConditionEvent.violated(c, c.getName() + " is not @ApplicationScoped"
                  + (requestFields ? " nor @RequestScoped" : " (it keeps nothing of the request in fields)")));
            }
          }
        })
        .check(CLASSES);
  }

  /**
   * Every class of a module sits in one of its layers. Two exceptions: the web module, whose edge
   * packages are its web layer (see {@link TheCode#inLayer}), and {@code app}, the WAR that assembles the
   * modules (its start-up singleton, data source and demo club; its persistence unit is in app.infra).
   */
  @Test
  void everyClassOfAModuleSitsInALayer() {
    classes().that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackages(ROOT + "." + KERNEL + "..", ROOT + "." + EDGE + "..", ROOT + ".app..")
        .should().resideInAnyPackage(java.util.Arrays.stream(LAYERS).map(l -> ROOT + ".*." + l + "..").toArray(String[]::new))
        .check(CLASSES);
  }
}
