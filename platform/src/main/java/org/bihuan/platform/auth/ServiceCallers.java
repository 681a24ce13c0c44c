package org.bihuan.platform.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which service callers a route that admits the {@link Roles#SERVICE} role opens to: the
 * configuration property named here lists their ids (comma-separated; a service token's {@code
 * sub}, which is also its {@code iss} and the name of the key that signed it). A service token of a
 * caller not on the list is refused 403 problem+json before the resource runs, and so is one on a
 * route without this annotation: the service role alone opens nothing (docs/decisions/0217, checked
 * by {@link ServiceCallerCheck}). On a method or on the resource class for all of its methods; the
 * method's wins.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServiceCallers {

  /** The configuration property listing the callers, e.g. {@code bihuan.feed.readers}. */
  String value();
}
