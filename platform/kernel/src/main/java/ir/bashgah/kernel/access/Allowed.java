package ir.bashgah.kernel.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint needs. Every resource method carries this or {@link PublicEndpoint};
 * an architecture test fails the build otherwise, and the security filter refuses unannotated ones.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  Permission value();
}
