package org.bihuan.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.input.RefusedValue;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one place where failures become {@code application/problem+json} answers. No class name,
 * stack trace or SQL ever reaches a client; unexpected failures are logged with an id that the
 * answer repeats.
 */
public class ProblemMapping {

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMapping.class);

  @ServerExceptionMapper
  public Response apiProblem(ApiProblem p) {
    return respond(p);
  }

  /**
   * What is wrong with a request's body ({@link BodyProblems}). Each type named is mapped as
   * itself, so the most specific one of a failure answers, as if each had a method of its own.
   */
  @ServerExceptionMapper({
    ConstraintViolationException.class,
    UnrecognizedPropertyException.class,
    RefusedValue.class,
    InvalidFormatException.class,
    MismatchedInputException.class,
    JsonMappingException.class,
    JsonProcessingException.class
  })
  public Response body(Exception e) {
    return respond(BodyProblems.of(e));
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthorized(RuntimeException e, HttpHeaders headers) {
    String authorization = headers == null ? null : headers.getHeaderString("Authorization");
    boolean sent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    String why = sent ? TokenRefusal.why(e) : null;
    return respond(
        new ApiProblem(
                401,
                "unauthorized",
                "Unauthorized",
                why == null ? "需要有效的访问令牌（请求头 Authorization: Bearer <JWT>）。" : why,
                null)
            .header(
                "WWW-Authenticate",
                why == null
                    ? "Bearer"
                    : "Bearer error=\"invalid_token\", error_description=\""
                        + TokenRefusal.quotable(why)
                        + "\""));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, SimpleResourceInfo resource) {
    return respond(ProblemHints.rolesNeeded(resource == null ? null : method(resource)));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    // The JSON reader wraps syntax errors (trailing garbage, comments, NaN, nesting too deep,
    // numbers too long, duplicate keys, malformed UTF-8) in a bare 400: say what and where.
    if (status == 400 && e.getCause() instanceof JsonMappingException mapping) {
      return respond(BodyProblems.jsonMapping(mapping));
    }
    if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
      return respond(BodyProblems.notJson(json));
    }
    if (status >= 500) {
      return unexpected(e);
    }
    Response.StatusType info = Response.Status.fromStatusCode(status);
    String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
    String detail =
        switch (status) {
          case 404 -> "没有这个资源：请检查请求地址。";
          case 405 -> "该资源不支持这个请求方法。";
          case 406 -> "无法按请求头 Accept 所接受的任何一种格式作答。";
          case 415 -> "此处不接受这种内容类型（Content-Type）。";
          default -> e.getMessage() != null ? e.getMessage() : title;
        };
    return respond(new ApiProblem(status, slug(title), title, detail, null));
  }

  @ServerExceptionMapper
  public Response anything(Throwable e) {
    return unexpected(e);
  }

  private Response unexpected(Throwable e) {
    ApiProblem known = KnownFailures.translate(e);
    if (known != null) {
      return respond(known);
    }
    if (ClientFaults.isBodyReadTimeout(e)) {
      // the body stopped coming: the client's doing, answered as the body deadline does (0271)
      ClientFaults.log(LOG, e, "Request body not read in time");
      return respond(BodyTooSlow.problem(null));
    }
    if (ClientFaults.isClientFault(e)) {
      // The client closed the connection or broke the body's framing: its doing, logged at DEBUG
      // (0244). The answer is for a client still listening.
      ClientFaults.log(LOG, e, "Request not read to its end");
      return respond(ApiProblem.badRequest("请求未能读完：连接已关闭，或请求体的分块格式有误。"));
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s", id);
    return respond(
        new ApiProblem(
                500, "internal", "Internal error", "请求意外失败，未作任何更改。报告此问题时请提供编号 " + id + "。", null)
            .with("errorId", id));
  }

  private static java.lang.reflect.Method method(SimpleResourceInfo resource) {
    try {
      return resource
          .getResourceClass()
          .getMethod(resource.getMethodName(), resource.parameterTypes());
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  public static Response respond(ApiProblem p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "/problems/" + p.type());
    body.put("title", ProblemTitles.of(p.status(), p.type(), p.title()));
    body.put("status", p.status());
    body.put("detail", p.detail());
    if (!p.errors().isEmpty()) {
      body.put("errors", p.errors());
    }
    body.putAll(p.extensions());
    Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM_JSON).entity(body);
    // Location made absolute as in a 201, by the one builder that cannot fail (0244).
    p.headers()
        .forEach(
            (name, value) -> {
              if (name.equalsIgnoreCase("Location")) {
                r.header(name, org.bihuan.platform.http.Locations.of(value));
              } else {
                r.header(name, value);
              }
            });
    return r.build();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
