package org.bihuan.platform.idempotency;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Puts {@link IdempotentAnswerCapture} on the resource methods that can be answered under an
 * Idempotency-Key, and not on reads: GET and HEAD methods keep the direct serialisation path
 * (docs/decisions/0167). Only POSTs are claimed ({@link IdempotencyFilter}); writes of other
 * methods keep the capture, which does nothing for them, so that no write can lose it by the way
 * its method is declared.
 */
@Provider
public class IdempotentWrites implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    if (capturesAnswersOf(resourceInfo.getResourceMethod())) {
      context.register(IdempotentAnswerCapture.class);
    }
  }

  /** Whether answers of {@code method} may have to be kept for an Idempotency-Key. */
  static boolean capturesAnswersOf(Method method) {
    return method == null
        || !(method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class));
  }
}
