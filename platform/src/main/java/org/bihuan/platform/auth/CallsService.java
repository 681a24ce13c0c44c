package org.bihuan.platform.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the service a REST client calls ({@code quarkus.application.name} of the callee). A service
 * token made for the call carries it as {@code aud}, so that a token taken from one call cannot be
 * replayed against another service.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CallsService {
  String value();
}
