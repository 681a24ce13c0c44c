package org.bihuan.platform.input;

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
  public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
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
    for (Map.Entry<String, List<String>> e : request.getHeaders().entrySet()) {
      for (String value : e.getValue()) {
        String problem = headerProblem(value);
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
