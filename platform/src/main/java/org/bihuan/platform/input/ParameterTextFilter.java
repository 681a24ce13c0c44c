package org.bihuan.platform.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.platform.problem.ProblemMapping;
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
        // A header value may hold horizontal tabs (RFC 9110 field-value); nothing else below 0x20.
        // Header bytes arrive decoded as ISO-8859-1, so raw UTF-8 (obs-text) shows as U+0080-U+00FF
        // there: only C0 controls and DEL are refused in headers.
        String problem =
            value == null
                ? null
                : SafeText.problemInLine(
                    value.replace('\t', ' ').replaceAll("[\u0080-\u00ff]", " "));
        if (problem != null) {
          return refuse(e.getKey(), problem);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Response> refuse(String field, String problem) {
    return Optional.of(
        ProblemMapping.respond(
            ApiProblem.invalid(field + " " + problem, List.of(new FieldError(field, problem)))));
  }
}
