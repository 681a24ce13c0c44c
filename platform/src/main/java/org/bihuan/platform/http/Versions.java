package org.bihuan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bihuan.platform.problem.ApiProblem;

/**
 * ETag and If-Match handling for versioned resources. The ETag of a resource is its {@code
 * version}, quoted; clients may send it back as {@code "3"}, {@code W/"3"} or a bare {@code 3}.
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
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      Response answer = notModified.tag(tag).build();
      if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
        throw ApiProblem.preconditionFailed(
                "If-Match does not match the current version " + version + "; read it again.")
            .with("currentVersion", version);
      }
      return answer;
    }
    return Response.ok(body).tag(tag).build();
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
    for (String candidate : ifMatch.split(",")) {
      String t = candidate.trim();
      if (t.equals("*")) {
        return;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      t = t.replace("\"", "");
      if (t.equals(Long.toString(currentVersion))) {
        return;
      }
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
