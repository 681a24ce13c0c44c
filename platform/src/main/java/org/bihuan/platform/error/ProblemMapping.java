package org.bihuan.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.platform.input.RefusedValue;
import org.bihuan.platform.input.SupportedDates;
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

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return respond(ApiProblem.invalid(detail, errors));
  }

  @ServerExceptionMapper
  public Response unrecognizedProperty(UnrecognizedPropertyException e) {
    String field = pathOf(e);
    return respond(
        ApiProblem.invalid(
            ProblemHints.unknownField(field, e.getKnownPropertyIds()),
            List.of(new FieldError(field, "unknown field; see the API contract"))));
  }

  /** A value of the right JSON shape that is still refused: a control character, a bad date. */
  @ServerExceptionMapper
  public Response refusedValue(RefusedValue e) {
    String field = pathOf(e);
    return respond(
        ApiProblem.invalid(
            (field.isEmpty() ? "The body" : field) + ": " + e.reason(),
            List.of(new FieldError(field, e.reason()))));
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e) {
    String field = pathOf(e);
    Class<?> target = e.getTargetType();
    String message =
        target == null
            ? "cannot read " + describe(e.getValue())
            : "must be " + jsonTypeOf(target) + ", not " + describe(e.getValue());
    return respond(
        ApiProblem.invalid(field + ": " + message, List.of(new FieldError(field, message))));
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    String field = pathOf(e);
    String message =
        e.getTargetType() != null
            ? "has the wrong type; expected " + jsonTypeOf(e.getTargetType())
            : "is malformed";
    if (e.getCause() instanceof StreamReadException read) {
      message = "is malformed: " + read.getOriginalMessage();
    }
    if (field.isEmpty()) {
      return respond(
          ApiProblem.badRequest("The request body is not valid JSON for this operation."));
    }
    return respond(
        ApiProblem.invalid(field + " " + message, List.of(new FieldError(field, message))));
  }

  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e) {
    String field = pathOf(e);
    Throwable cause = e.getCause();
    String message =
        cause instanceof StreamReadException read
            ? read.getOriginalMessage()
            : cause != null && cause.getMessage() != null ? cause.getMessage() : "is invalid";
    if (field.isEmpty()) {
      return respond(ApiProblem.badRequest("The request body is not valid JSON: " + message));
    }
    return respond(
        ApiProblem.invalid(field + ": " + message, List.of(new FieldError(field, message))));
  }

  @ServerExceptionMapper
  public Response jsonProcessing(JsonProcessingException e) {
    return respond(notJson(e));
  }

  /** What is wrong with a body that is not JSON, and where (line and column). */
  static ApiProblem notJson(JsonProcessingException e) {
    String what = e.getOriginalMessage();
    if (what != null) {
      // Jackson's messages may quote the offending input; keep the first line and not too much.
      int nl = what.indexOf('\n');
      what = nl >= 0 ? what.substring(0, nl) : what;
      what = what.length() > 200 ? what.substring(0, 200) + "…" : what;
    }
    String where =
        e.getLocation() != null && e.getLocation().getLineNr() > 0
            ? " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
            : "";
    return ApiProblem.badRequest(
        "The request body is not valid JSON" + where + (what != null ? ": " + what : "."));
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
                why == null
                    ? "A valid bearer token is required (Authorization: Bearer <JWT>)."
                    : why,
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
      return jsonMapping(mapping);
    }
    if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
      return respond(notJson(json));
    }
    if (status >= 500) {
      return unexpected(e);
    }
    Response.StatusType info = Response.Status.fromStatusCode(status);
    String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
    String detail =
        switch (status) {
          case 404 -> "There is no such resource.";
          case 405 -> "This method is not allowed on this resource.";
          case 406 -> "None of the accepted media types can be produced.";
          case 415 -> "This media type is not accepted here.";
          default -> e.getMessage() != null ? e.getMessage() : title;
        };
    return respond(new ApiProblem(status, slug(title), title, detail, null));
  }

  @ServerExceptionMapper
  public Response anything(Throwable e) {
    return unexpected(e);
  }

  private Response unexpected(Throwable e) {
    ApiProblem known = translate(e);
    if (known != null) {
      return respond(known);
    }
    if (ClientFaults.isClientFault(e)) {
      // The client closed the connection or broke the body's framing: its doing, logged at DEBUG
      // (0244). The answer is for a client still listening.
      ClientFaults.log(LOG, e, "Request not read to its end");
      return respond(
          ApiProblem.badRequest(
              "The request could not be read to its end: the connection was closed or the body's"
                  + " framing was broken."));
    }
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s", id);
    return respond(
        new ApiProblem(
                500,
                "internal",
                "Internal error",
                "The request failed unexpectedly; nothing was changed. Quote "
                    + id
                    + " when reporting it.",
                null)
            .with("errorId", id));
  }

  /** Failures from deep inside a transaction that still have a clear meaning for the client. */
  static ApiProblem translate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // First, so that a refusal raised while a body was read (e.g. over the body limit) is not
      // taken for the reader's own failure below.
      if (t instanceof ApiProblem p) {
        return p;
      }
    }
    if (whileReadingAForm(e)) {
      if (e instanceof java.io.IOException) {
        return ApiProblem.badRequest(
            "The multipart/form-data body could not be read: it is truncated or malformed.");
      }
      if (tooManyParts(e)) {
        return ApiProblem.badRequest(
            "The multipart/form-data body has too many parts: " + e.getMessage() + ".");
      }
      if (unreadablePartType(e)) {
        return ApiProblem.badRequest(
            "A part of the multipart/form-data body declares a Content-Type that cannot be read"
                + " (no media type, or an unknown charset).");
      }
      return ApiProblem.badRequest(
          "The multipart/form-data body is malformed (its boundary, a part's headers or a part's"
              + " transfer encoding): "
              + e.getClass().getSimpleName()
              + ".");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getSimpleName().equals("StaleObjectStateException")) {
        return ApiProblem.conflict(
            "concurrent-update",
            "The resource was changed by someone else at the same time; read it again and retry.");
      }
      if (t instanceof SQLException sql && databaseUnreachable(sql)) {
        return databaseDown();
      }
      if (rolledBackUnasked(t)) {
        // The transaction outlived its timeout (a very large sync or import on a starved machine)
        // and the transaction manager rolled it back: nothing was written, and the same request
        // may well succeed later.
        return ApiProblem.unavailable(
                "The request took longer than its transaction may last and was rolled back;"
                    + " nothing was changed. Retry later.")
            .header("Retry-After", "30");
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        switch (sql.getSQLState()) {
          case "23505":
            return ApiProblem.conflict(
                "duplicate", "An item with the same unique value already exists.");
          case "40001", "40P01":
            return ApiProblem.conflict(
                "concurrent-update", "The change collided with a concurrent change; retry it.");
          case "22001":
            return ApiProblem.badRequest("A value is longer than allowed.");
          // Safety nets behind StrictJson/SafeText, which name the field before this happens.
          case "22021", "22P05":
            return ApiProblem.badRequest("A text value holds a character that cannot be stored.");
          case "22008", "22007":
            return ApiProblem.badRequest(
                "A date is outside " + SupportedDates.MIN + " to " + SupportedDates.MAX + ".");
          default:
            break;
        }
      }
    }
    return null;
  }

  /**
   * The database is down, restarting or refusing connections: the client may retry later, and
   * nothing was committed (a transaction that cannot reach the database cannot commit).
   */
  static boolean databaseUnreachable(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null) {
      // 08: connection exceptions; 57P01-57P03: admin/crash shutdown, cannot connect now;
      // 53300: too many connections.
      return state.startsWith("08")
          || state.equals("57P01")
          || state.equals("57P02")
          || state.equals("57P03")
          || state.equals("53300");
    }
    // The connection pool (Agroal) gives up waiting for a connection without a SQLState.
    String message = sql.getMessage();
    return message != null && message.startsWith("Acquisition timeout");
  }

  /**
   * The commit found its transaction no longer active (the transaction reaper rolled it back after
   * its timeout), or the database cancelled a statement on its timeout (57014).
   */
  private static boolean rolledBackUnasked(Throwable t) {
    return t.getClass().getName().equals("jakarta.transaction.RollbackException")
        || (t instanceof SQLException sql && "57014".equals(sql.getSQLState()));
  }

  static ApiProblem databaseDown() {
    return ApiProblem.unavailable(
            "The database is not reachable at the moment; nothing was changed. Retry later.")
        .header("Retry-After", "5");
  }

  /**
   * A failure of RESTEasy Reactive's form parser, which reads a multipart body before any resource
   * code runs: a plain IOException on a truncated body, a RuntimeException "Param limit of 1000 was
   * exceeded" from FormData.add on too many parts, an IllegalArgumentException on a part's
   * Content-Type that is no media type, a RuntimeException around an UnsupportedEncodingException
   * on an unknown charset, and runtime exceptions of its own on other malformed bodies (an empty
   * boundary, a part header without a colon, a base64 part that is not base64). All are the body's
   * fault, not the service's; only failures with a frame of the parser count.
   */
  static boolean whileReadingAForm(Throwable e) {
    if (e instanceof JsonProcessingException
        || !(e instanceof java.io.IOException || e instanceof RuntimeException)) {
      return false;
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (c.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
          || c.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
        return true;
      }
    }
    return false;
  }

  /** A part's Content-Type that is no media type, or names an unknown charset. */
  private static boolean unreadablePartType(Throwable e) {
    boolean decoding =
        e.getStackTrace().length > 0
            && e.getStackTrace()[0].getClassName().startsWith("java.util.Base64");
    return (e instanceof IllegalArgumentException && !decoding)
        || (e instanceof RuntimeException
            && e.getCause() instanceof java.io.UnsupportedEncodingException);
  }

  private static boolean tooManyParts(Throwable e) {
    return e instanceof RuntimeException
        && e.getMessage() != null
        && e.getMessage().startsWith("Param limit of ");
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
    body.put("title", p.title());
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

  private static String fieldOf(ConstraintViolation<?> v) {
    // "create.body.responsibleUnits[0].name" -> "responsibleUnits[0].name"; "list.limit" ->
    // "limit";
    // "register.in.events[0].<list element>" -> "events[0]"
    List<Path.Node> nodes = new ArrayList<>();
    v.getPropertyPath().forEach(nodes::add);
    nodes.removeIf(
        n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR);
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : nodes) {
      if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
        // an element of a list of values ("events": [""]): its index, not "<list element>"
        if (n.getIndex() != null) {
          sb.append('[').append(n.getIndex()).append(']');
        }
        continue;
      }
      if (n.getIndex() != null) {
        sb.append('[').append(n.getIndex()).append(']');
      }
      if (n.getName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(n.getName());
      }
    }
    return sb.toString();
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    return "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'";
  }

  private static String jsonTypeOf(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date string YYYY-MM-DD between "
          + SupportedDates.MIN
          + " and "
          + SupportedDates.MAX;
    }
    if (type == UUID.class) {
      return "a UUID string";
    }
    if (type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == int.class
        || type == long.class
        || type == short.class
        || type == java.math.BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
