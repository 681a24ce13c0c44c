package org.bihuan.platform.input;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a request whose path segments, query parameters or headers
 * hold characters {@link SafeText} refuses in a one-line value. {@code /reports/sources/%00} used
 * to reach PostgreSQL, which cannot hold U+0000, and answered 500.
 */
public class ParameterTextFilter {

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> refuseControlCharacters(
      ContainerRequestContext request, HttpServerRequest connection) {
    Optional<Response> refused =
        plainTarget(connection.uri()) ? Optional.empty() : refuseInTarget(request);
    if (refused.isPresent()) {
      return refused;
    }
    for (Map.Entry<String, String> e : connection.headers()) {
      String problem = headerProblem(e.getValue());
      if (problem != null) {
        return refuse(e.getKey(), problem);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether this filter lets the request through without decoding anything: a plain request target
   * and headers with nothing to refuse. Asked before Quarkus REST (docs/decisions/0302), where any
   * other request goes the normal way and is checked here in full.
   */
  public static boolean passesAsSent(HttpServerRequest connection) {
    if (!plainTarget(connection.uri())) {
      return false;
    }
    for (Map.Entry<String, String> e : connection.headers()) {
      if (headerProblem(e.getValue()) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the request target (path and query as sent) holds only characters a URI may hold
   * unencoded, and no percent sign: then no decoded segment, name or value can hold a character
   * {@link SafeText#problemInLine} refuses, and nothing is decoded or copied to find out
   * (docs/decisions/0286). Anything else (a {@code %}, a space, a character beyond ASCII) is
   * decoded and checked in full.
   */
  static boolean plainTarget(String target) {
    if (target == null) {
      return false;
    }
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || PLAIN_PUNCTUATION.indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** RFC 3986's unreserved characters and sub-delimiters, and : @ / ? — never %. */
  private static final String PLAIN_PUNCTUATION = "-._~!$&'()*+,;=:@/?";

  private static Optional<Response> refuseInTarget(ContainerRequestContext request) {
    List<PathSegment> segments;
    Map<String, List<String>> query;
    try {
      segments = request.getUriInfo().getPathSegments(true);
      query = request.getUriInfo().getQueryParameters(true);
    } catch (RuntimeException e) {
      return refuse("path", "is not validly percent-encoded UTF-8");
    }
    for (PathSegment segment : segments) {
      String problem = SafeText.problemInLine(segment.getPath());
      if (problem == null && segment.getPath().indexOf('\uFFFD') >= 0) {
        problem = "is not valid percent-encoded UTF-8";
      }
      if (problem != null) {
        return refuse("path", problem);
      }
    }
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String nameProblem = SafeText.problemInLine(e.getKey());
      if (nameProblem != null) {
        return refuse("query parameter name", nameProblem);
      }
      for (String value : e.getValue()) {
        String problem = SafeText.problemInLine(value);
        if (problem == null && value.indexOf('\uFFFD') >= 0) {
          // %FF, overlong %C0%80 and encoded surrogates %ED%A0%80 decode to U+FFFD.
          problem = "is not valid percent-encoded UTF-8";
        }
        if (problem != null) {
          return refuse(e.getKey(), problem);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Why a header value is refused, or null. A header value may hold horizontal tabs (RFC 9110
   * field-value); nothing else below 0x20. Header bytes arrive decoded as ISO-8859-1, so raw UTF-8
   * (obs-text) shows as U+0080-U+00FF there: only C0 controls and DEL are refused in headers.
   */
  static String headerProblem(String value) {
    if (value == null || plainHeaderText(value)) {
      return null;
    }
    return SafeText.problemInLine(value.replace('\t', ' ').replaceAll("[\u0080-\u00ff]", " "));
  }

  /**
   * Whether a header value holds only tab, printable ASCII and U+0080-U+00FF: values the rule of
   * {@link #headerProblem} accepts without question. Every request carries a bearer token of about
   * a kilobyte; this loop spares it a copy, a regular expression and the full check, which took a
   * tenth of a ticket GET's time (docs/decisions/0167).
   */
  private static boolean plainHeaderText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Response> refuse(String field, String problem) {
    return Optional.of(
        ProblemMapping.respond(
            ApiProblem.invalid(field + " " + problem, List.of(new FieldError(field, problem)))));
  }
}
