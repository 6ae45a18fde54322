package ir.bashgah.kernel.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The plan feature (a code of docs/plans.md, e.g. "K1") an endpoint belongs to. When the
 * caller's tenant does not have it, the call answers 403 feature-not-in-plan before the method runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresFeature {
  String value();
}
