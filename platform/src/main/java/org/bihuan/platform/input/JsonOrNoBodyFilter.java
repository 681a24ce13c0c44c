package org.bihuan.platform.input;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The media type of a JSON body, checked once the route is known: {@link JsonOrNoBody} routes take
 * an {@code application/json} body or none, and a route that consumes {@code application/json}
 * refuses a body sent without {@code Content-Type} (it was read as JSON regardless; 415,
 * docs/decisions/0240).
 */
public class JsonOrNoBodyFilter {

  @ServerRequestFilter
  public Optional<Response> refuseOtherMediaTypes(
      ContainerRequestContext request, ResourceInfo resource) {
    if (!hasBody(request)) {
      return Optional.empty(); // a GET (or any request) without a body: nothing to check
    }
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null
        || !(method.isAnnotationPresent(JsonOrNoBody.class)
            || method.getDeclaringClass().isAnnotationPresent(JsonOrNoBody.class))) {
      return Optional.empty();
    }
    MediaType type = request.getMediaType();
    if (type != null
        && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && !type.isWildcardType()
        && !type.isWildcardSubtype()) {
      return Optional.empty();
    }
    return Optional.of(
        refused(
            "This operation takes an application/json body or none, not "
                + (type == null ? "a body without Content-Type" : type.toString())
                + "."));
  }

  /**
   * A body without {@code Content-Type} on a write whose route consumes JSON: the client did not
   * say what it sent, and reading it as JSON anyway guesses for him. Checked before the
   * Idempotency-Key is looked at, so nothing is stored for it.
   */
  @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
  public Optional<Response> refuseUndeclaredJson(
      ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null
        || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null
        || HttpMethod.GET.equals(request.getMethod())
        || HttpMethod.HEAD.equals(request.getMethod())
        || !consumesJson(method)
        || !hasBody(request)) {
      return Optional.empty();
    }
    return Optional.of(
        refused(
            "The body was sent without Content-Type; this operation takes application/json: send"
                + " Content-Type: application/json."));
  }

  /** The route's own {@code @Consumes}, else its class's, names exactly JSON. */
  private static boolean consumesJson(Method method) {
    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Consumes.class);
    }
    return consumes != null
        && Arrays.stream(consumes.value())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .anyMatch(v -> MediaType.APPLICATION_JSON.equalsIgnoreCase(v));
  }

  private static boolean hasBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return request.getHeaderString("Transfer-Encoding") != null
        || (length != null && !length.strip().equals("0"));
  }

  private static Response refused(String detail) {
    return ProblemMapping.respond(
        new ApiProblem(415, "unsupported-media-type", "不支持的内容类型", detail, null));
  }
}
