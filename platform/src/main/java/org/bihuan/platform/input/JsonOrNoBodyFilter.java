package org.bihuan.platform.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Holds {@link JsonOrNoBody}: a body there must be {@code application/json}. */
public class JsonOrNoBodyFilter {

  @ServerRequestFilter
  public Optional<Response> refuseOtherMediaTypes(
      ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || !method.isAnnotationPresent(JsonOrNoBody.class)) {
      return Optional.empty();
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    boolean hasBody =
        request.getHeaderString("Transfer-Encoding") != null
            || (length != null && !length.strip().equals("0"));
    if (!hasBody) {
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
        ProblemMapping.respond(
            new ApiProblem(
                415,
                "unsupported-media-type",
                "Unsupported Media Type",
                "This operation takes an application/json body or none, not "
                    + (type == null ? "a body without Content-Type" : type.toString())
                    + ".",
                null)));
  }
}
