package org.bihuan.platform.input;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write (any method but GET and HEAD) names only query parameters its route declares: anything
 * else is 400 naming each one (docs/decisions/0237). It was ignored — {@code POST
 * /api/v1/directory:sync?dryRun=true} synced for real, {@code POST /api/v1/tickets?dryRun=true}
 * created a ticket. Reads stay lenient: dashboards add cache-busting parameters.
 *
 * <p>What a route declares is read from its resource method: its {@code @QueryParam} parameters and
 * the {@code @QueryParam} fields of its {@code @BeanParam} parameters and of the resource class.
 */
public class UndeclaredQueryParameters {

  private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
  private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public Optional<Response> refuseUndeclared(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest connection) {
    if (READS.contains(request.getMethod())) {
      return Optional.empty();
    }
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return Optional.empty();
    }
    // The query as the connection read it: UriInfo needs a Host to build the request's URI, and
    // an HTTP/1.0 request may come without one.
    Set<String> query = connection.params().names();
    if (query.isEmpty()) {
      return Optional.empty();
    }
    Set<String> declared =
        DECLARED.computeIfAbsent(method, m -> declared(m, resource.getResourceClass()));
    List<FieldError> errors = new ArrayList<>();
    for (String name : new TreeSet<>(query)) {
      if (!declared.contains(name)) {
        errors.add(
            new FieldError(
                name,
                declared.isEmpty()
                    ? "is not a parameter of this request, which takes none"
                    : "is not a parameter of this request, which takes " + declared));
      }
    }
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ProblemMapping.respond(
            ApiProblem.invalid(
                "Unknown query parameter(s) "
                    + errors.stream().map(FieldError::field).toList()
                    + ": a write takes only the parameters its route declares, and one it would"
                    + " ignore (such as dryRun where there is none) is refused so that nothing"
                    + " happens that was not asked for.",
                errors)));
  }

  private static Set<String> declared(Method method, Class<?> resourceClass) {
    Set<String> out = new TreeSet<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof QueryParam q) {
          out.add(q.value());
        } else if (a instanceof BeanParam) {
          fields(types[i], out);
        }
      }
    }
    if (resourceClass != null) {
      fields(resourceClass, out);
    }
    return Set.copyOf(out);
  }

  private static void fields(Class<?> type, Set<String> out) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        QueryParam q = f.getAnnotation(QueryParam.class);
        if (q != null) {
          out.add(q.value());
        } else if (f.isAnnotationPresent(BeanParam.class)) {
          fields(f.getType(), out);
        }
      }
    }
  }
}
