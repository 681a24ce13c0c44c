package org.bihuan.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose body is optional JSON: a request without a body is accepted, a body of
 * any other media type answers 415 (docs/decisions/0098). The method keeps {@code @Consumes("*")}
 * so that a bare POST without Content-Type still matches; {@link JsonOrNoBodyFilter} holds the
 * rule. Without it a {@code text/plain} body became a transition's comment unchecked. On a class it
 * holds for every method of the class (the transitions of a ticket).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface JsonOrNoBody {}
