package org.bihuan.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that the client caused or must know about. It becomes an {@code
 * application/problem+json} answer (RFC 9457) in {@link ProblemMapping}; services throw it instead
 * of building responses.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "bad-request", "Bad request", detail, null);
  }

  public static ApiProblem invalid(String detail, List<FieldError> errors) {
    return new ApiProblem(400, "validation", "Invalid input", detail, errors);
  }

  public static ApiProblem invalidField(String field, String message) {
    return invalid(field + ": " + message, List.of(new FieldError(field, message)));
  }

  public static ApiProblem notFound(String resource, Object id) {
    return new ApiProblem(
        404,
        "not-found",
        "Not Found",
        "没有 id 为 " + id + " 的" + ResourceNames.zh(resource) + "。",
        null);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Forbidden", detail, null);
  }

  /**
   * 403 for a caller whose token lacks every role that may do the operation, naming them (admins
   * hold every role): "This operation needs the role verifier (or admin)…", with {@code
   * requiredRoles}. The one wording of a role refusal, whether it comes from {@code @RolesAllowed}
   * or from a rule such as the ticket workflow's table.
   */
  public static ApiProblem roleNeeded(java.util.Collection<String> roles, String what) {
    List<String> needed = roles.stream().sorted().toList();
    java.util.List<String> withAdmin = new java.util.ArrayList<>(needed);
    if (!withAdmin.contains("admin")) {
      withAdmin.add("admin");
    }
    return forbidden(
            (what == null ? "此操作" : what)
                + "需要 "
                + String.join(" 或 ", needed)
                + " 角色"
                + (needed.contains("admin") ? "" : "（或 admin）")
                + "；您的令牌所属的组（groups）中没有。")
        .with("requiredRoles", withAdmin);
  }

  public static ApiProblem conflict(String type, String detail) {
    return new ApiProblem(409, type, "Conflict", detail, null);
  }

  public static ApiProblem preconditionFailed(String detail) {
    return new ApiProblem(412, "precondition-failed", "Precondition failed", detail, null);
  }

  public static ApiProblem unprocessable(String type, String detail) {
    return new ApiProblem(422, type, "Unprocessable request", detail, null);
  }

  public static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "too-large", "Payload too large", detail, null);
  }

  public static ApiProblem unsupportedMediaType(String detail) {
    return new ApiProblem(415, "unsupported-media-type", "Unsupported media type", detail, null);
  }

  public static ApiProblem unavailable(String detail) {
    return new ApiProblem(503, "dependency-unavailable", "Service unavailable", detail, null);
  }

  /** Adds a member to the problem document, e.g. {@code currentState} or {@code allowedActions}. */
  public ApiProblem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  public ApiProblem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
