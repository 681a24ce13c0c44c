package org.bihuan.platform.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource is matched, a {@code Content-Type} the services cannot honour: one
 * that is no media type at all ({@code Content-Type:} empty, {@code json}), which the matching of
 * resources used to answer with a 500, and JSON declared in a charset other than UTF-8 (RFC 8259
 * has JSON in UTF-8; a body declared GBK or UTF-16 was read as UTF-8 regardless). Both 415.
 */
public class ContentTypeFilter {

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> refuseUnusableContentType(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (header == null) {
      return Optional.empty();
    }
    String why = problem(header);
    return why == null
        ? Optional.empty()
        : Optional.of(ProblemMapping.respond(ApiProblem.unsupportedMediaType(why)));
  }

  /** Why a Content-Type header cannot be honoured, or null. */
  static String problem(String header) {
    MediaType type;
    try {
      type = MediaType.valueOf(header.strip());
    } catch (RuntimeException e) {
      type = null;
    }
    if (type == null || header.isBlank()) {
      return "Content-Type '" + shown(header) + "' is not a media type; send e.g. application/json";
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    boolean json =
        type.getSubtype().toLowerCase(Locale.ROOT).equals("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
    if (json && charset != null && !isUtf8(charset)) {
      return "JSON is read as UTF-8 (RFC 8259), not as '"
          + shown(charset)
          + "'; send the body in UTF-8 with charset=utf-8 or no charset";
    }
    return null;
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.forName(charset.strip().replace("\"", "")).equals(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A header value as a problem's detail may echo it: printable ASCII, at most 60 characters. */
  private static String shown(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length() && out.length() < 60; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}
