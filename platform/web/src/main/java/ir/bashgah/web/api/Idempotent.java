package ir.bashgah.web.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a client may retry with the same {@code Idempotency-Key}: the first answer is stored in the
 * write's own transaction and replayed for the same key and body; another body answers 422
 * idempotency-key-reuse. Put it on a resource method that is also {@code @Transactional}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
  /** When true a call without the header answers 400 idempotency-key-required. */
  @Nonbinding
  boolean required() default true;
}
