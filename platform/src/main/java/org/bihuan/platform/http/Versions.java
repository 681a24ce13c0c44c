package org.bihuan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bihuan.platform.problem.ApiProblem;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * ETag and If-Match handling for versioned resources. The ETag of a resource is its {@code
 * version}, quoted; clients may send it back as {@code "3"} or a bare {@code 3}. RFC 9110
 * comparison rules (docs/decisions/0097): If-Match compares strongly, so {@code W/"3"} never
 * matches and a write answers 412; If-None-Match compares weakly, so {@code W/"3"} on a read
 * answers 304.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * 200 with the ETag, or 304 without a body when If-None-Match already names this version. An
   * If-Match that names another version answers 412 as problem+json, like on writes.
   */
  public static Response conditionalGet(Request request, long version, Object body) {
    EntityTag tag = etag(version);
    var context = CurrentRequestManager.get();
    String ifMatch = context == null ? null : context.getHttpHeaders().getHeaderString("If-Match");
    String ifNoneMatch =
        context == null ? null : context.getHttpHeaders().getHeaderString("If-None-Match");
    if (ifMatch != null && !ifMatch.isBlank() && !anyMatches(ifMatch, version, false)) {
      throw ApiProblem.preconditionFailed(
              "If-Match does not match the current version " + version + "; read it again.")
          .with("currentVersion", version);
    }
    if (ifNoneMatch != null && anyMatches(ifNoneMatch, version, true)) {
      return Response.notModified(tag).build();
    }
    return Response.ok(body).tag(tag).build();
  }

  /**
   * Whether a list of entity tags names {@code version}: {@code *} always does; a weak tag {@code
   * W/"3"} only under weak comparison (If-None-Match), never under strong (If-Match).
   */
  static boolean anyMatches(String header, long version, boolean weakComparison) {
    for (String candidate : header.split(",")) {
      String t = candidate.trim();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        if (!weakComparison) {
          continue;
        }
        t = t.substring(2);
      }
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        t = t.substring(1, t.length() - 1);
      }
      if (t.equals(Long.toString(version))) {
        return true;
      }
    }
    return false;
  }

  /** 201 with the Location of the new resource, its representation and its ETag. */
  public static Response created(String location, long version, Object body) {
    return Response.created(URI.create(location)).entity(body).tag(etag(version)).build();
  }

  /** Answers a write with the new representation and its ETag. */
  public static Response withEtag(Response.Status status, long version, Object body) {
    return Response.status(status).entity(body).tag(etag(version)).build();
  }

  /**
   * Refuses a write whose If-Match names another version. A missing If-Match is accepted: the
   * entity's own version column still prevents lost updates, and clients that do send it get the
   * guarantee that they changed exactly what they read.
   */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    if (anyMatches(ifMatch, currentVersion, false)) {
      return;
    }
    throw ApiProblem.preconditionFailed(
            "If-Match "
                + ifMatch.trim()
                + " does not match the current version "
                + currentVersion
                + "; read the resource again.")
        .with("currentVersion", currentVersion);
  }
}
