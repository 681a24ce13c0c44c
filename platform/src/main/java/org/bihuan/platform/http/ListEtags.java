package org.bihuan.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.bihuan.platform.page.Page;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs on lists. A page has no version of its own, so its ETag is a digest of what it
 * shows: a client polling a list with {@code If-None-Match} gets 304 and no body until an item on
 * that page, or the page boundary, changes. The digest is taken over the bytes of the body, which
 * are then sent as they are (one serialisation per page, docs/decisions/0167). The pages of tickets
 * and problems are answered by {@link AnswerCache#page} with the same tag, from memory while
 * nothing of their type changed (docs/decisions/0179); this filter tags every other list.
 */
public class ListEtags {

  @Inject ObjectMapper mapper;

  @ServerResponseFilter
  public void tagPages(ContainerRequestContext request, ContainerResponseContext response)
      throws JsonProcessingException {
    if (response.getEntity() instanceof AnswerCache.RenderedPage rendered) {
      // A page answered by AnswerCache, already tagged: its bytes are the body, as below.
      response.setEntity(rendered.json(), response.getEntityAnnotations(), jsonType(response));
      return;
    }
    if (!"GET".equals(request.getMethod())
        || response.getStatus() != 200
        || !(response.getEntity() instanceof Page<?> page)) {
      return;
    }
    byte[] body = mapper.writeValueAsBytes(page);
    EntityTag tag = new EntityTag(digest(body), true);
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag.getValue())) {
      response.setStatus(304);
      response.setEntity(null);
      return;
    }
    // The bytes the tag was taken over are the body: the page is not serialised a second time.
    response.setEntity(body, response.getEntityAnnotations(), jsonType(response));
  }

  private static MediaType jsonType(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    return type == null ? MediaType.APPLICATION_JSON_TYPE : type;
  }

  static boolean matches(String header, String value) {
    for (String candidate : header.split(",")) {
      String t = candidate.trim();
      // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" and "x" both match.
      if (t.equals("*") || t.replaceFirst("^W/", "").replace("\"", "").equals(value)) {
        return true;
      }
    }
    return false;
  }

  static String digest(byte[] body) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
