package org.bihuan.platform.input;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.error.ProblemMapping;
import org.bihuan.platform.page.PageRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks query parameters declared as numbers, booleans, UUIDs or enums before RESTEasy converts
 * them: a conversion failure there is a 404 "no such resource" (the JAX-RS rule), so {@code
 * ?limit=abc} looked like a missing list, and {@code ?flag=yes} silently read as false. Here the
 * value must be written exactly in its type's canonical form, or the answer is 400 naming the
 * parameter (docs/decisions/0096). A parameter declared once (not as a list or an array) and given
 * more than once is refused the same way, instead of being read as its first value
 * (docs/decisions/0280). What a method declares is read by reflection once per method.
 */
public class QueryParameterTypes {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** What each resource method declares, read by reflection once per method, not per request. */
  private static final ClassValue<Map<Method, List<Declared>>> DECLARED =
      new ClassValue<>() {
        @Override
        protected Map<Method, List<Declared>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** One {@code @QueryParam} of a resource method: its name, Java type and whether it repeats. */
  record Declared(String name, Class<?> type, boolean repeatable) {}

  @ServerRequestFilter
  public Optional<Response> refuseMalformedTypedValues(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest connection) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return Optional.empty();
    }
    // Without a query string, or on a route that declares no typed parameter, nothing is parsed
    // (docs/decisions/0286).
    String raw = connection.query();
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    List<Declared> declared = declared(method);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> query = request.getUriInfo().getQueryParameters(true);
    if (query.isEmpty()) {
      return Optional.empty();
    }
    for (Declared d : declared) {
      List<String> values = query.get(d.name());
      if (values == null) {
        continue;
      }
      if (values.size() > 1 && !d.repeatable()) {
        return Optional.of(refuse(d.name(), "is given " + values.size() + " times; give it once"));
      }
      for (String value : values) {
        String problem = problemIn(d.name(), d.type(), value);
        if (problem != null) {
          return Optional.of(refuse(d.name(), problem));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the query parameter {@code name}, given once with {@code value} as sent, passes this
   * filter for {@code method} and is read by it: the method declares it (not as a list) and the
   * value is its type's canonical form. Asked before Quarkus REST (docs/decisions/0304), where any
   * other parameter goes the normal way.
   */
  public static boolean passesAsSent(Method method, String name, String value) {
    for (Declared d : declared(method)) {
      if (d.name().equals(name)) {
        return !d.repeatable() && problemIn(d.name(), d.type(), value) == null;
      }
    }
    return false;
  }

  static List<Declared> declared(Method method) {
    return DECLARED
        .get(method.getDeclaringClass())
        .computeIfAbsent(method, QueryParameterTypes::readDeclared);
  }

  private static List<Declared> readDeclared(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    List<Declared> out = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof QueryParam param) {
          boolean repeatable = types[i].isArray() || Collection.class.isAssignableFrom(types[i]);
          out.add(new Declared(param.value(), types[i], repeatable));
        }
      }
    }
    return List.copyOf(out);
  }

  private static Response refuse(String name, String problem) {
    return ProblemMapping.respond(
        ApiProblem.invalid(name + " " + problem, List.of(new FieldError(name, problem))));
  }

  /**
   * Why {@code value} is not a canonical {@code type}, or null (also for untyped strings). A {@code
   * limit} is the size of a page ({@link PageRequest}), so its range is said as the page's.
   */
  static String problemIn(String name, Class<?> type, String value) {
    if ((type == int.class || type == Integer.class) && name.equals("limit")) {
      return integer(value, 1, PageRequest.MAX_LIMIT);
    }
    return problemIn(type, value);
  }

  /** Why {@code value} is not a canonical {@code type}, or null (also for untyped strings). */
  static String problemIn(Class<?> type, String value) {
    if (type == int.class || type == Integer.class) {
      return integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return integer(value, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == boolean.class || type == Boolean.class) {
      return value.equals("true") || value.equals("false") ? null : "must be true or false";
    }
    if (type == UUID.class) {
      return CANONICAL_UUID.matcher(value).matches() ? null : "must be a UUID";
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(value)) {
          return null;
        }
      }
      return "must be exactly one of " + Arrays.toString(type.getEnumConstants());
    }
    return null;
  }

  private static String integer(String value, long min, long max) {
    String wanted = "must be a whole number from " + min + " to " + max;
    if (!INTEGER.matcher(value).matches()) {
      return wanted;
    }
    try {
      long v = Long.parseLong(value);
      return v < min || v > max ? wanted : null;
    } catch (NumberFormatException e) {
      return wanted;
    }
  }
}
