package ir.bashgah.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static ir.bashgah.app.TheCode.CLASSES;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.PublicEndpoint;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of endpoints and persistence: every endpoint states who may call it, idempotent ones
 * answer a Response, request bodies have no primitive fields, and persistence.xml lists every
 * persistent class. The classes checked are {@link TheCode}'s.
 */
class EndpointRulesTest {
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
}
