package org.bihuan.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose body may be large (an uploaded file): at most {@code bihuan.uploads.max-concurrent}
 * such requests are read at once by a service; one more is refused at once, before its body is
 * read, with 503 and Retry-After ({@link LargeBodies}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LargeBody {}
