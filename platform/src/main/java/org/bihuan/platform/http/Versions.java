package org.bihuan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.bihuan.platform.error.ApiProblem;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * ETag and If-Match handling for versioned resources. The ETag of a resource is its {@code
 * version}, quoted; clients may send it back as {@code "3"} or a bare {@code 3}. RFC 9110
 * comparison rules (docs/decisions/0097): If-Match compares strongly, so {@code W/"3"} never
 * matches and a write answers 412; If-None-Match compares weakly, so {@code W/"3"} on a read
 * answers 304.
 *
 * <p>A resource whose body carries figures computed for a date (a ticket's overdue, dueSoon, stale
 * and light) has a dated ETag, {@code "3@2026-12-02"}: the version and the date the figures are
 * for, so that the tag changes when the date does and a poller with If-None-Match learns at
 * midnight that the ticket is overdue (docs/decisions/0150). If-None-Match compares the whole tag;
 * If-Match compares only the version before {@code @}, because a write depends on the stored row,
 * not on the day it was read ({@code "3"}, {@code 3} and {@code "3@…"} all name version 3).
 */
public final class Versions {

  private Versions() {}

  /** Separates the version from the date in a dated ETag. */
  static final char DATE_MARK = '@';

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The ETag of a body whose figures were computed for {@code asOf}: {@code "3@2026-12-02"}. */
  public static EntityTag etag(long version, LocalDate asOf) {
    return new EntityTag(Long.toString(version) + DATE_MARK + asOf);
  }

  /**
   * 200 with the ETag, or 304 without a body when If-None-Match already names this version. An
   * If-Match that names another version answers 412 as problem+json, like on writes.
   */
  public static Response conditionalGet(Request request, long version, Object body) {
    return conditionalGet(etag(version), version, () -> body);
  }

  /** As {@link #conditionalGet(Request, long, Object)}; the body is built only for a 200. */
  public static Response conditionalGet(long version, Supplier<?> body) {
    return conditionalGet(etag(version), version, body);
  }

  /**
   * As {@link #conditionalGet(Request, long, Object)} for a body with figures computed for {@code
   * asOf} (a dated ETag). The body is built only for a 200: a 304 costs no rendering.
   */
  public static Response conditionalGet(long version, LocalDate asOf, Supplier<?> body) {
    return conditionalGet(etag(version, asOf), version, body);
  }

  private static Response conditionalGet(EntityTag tag, long version, Supplier<?> body) {
    var context = CurrentRequestManager.get();
    String ifMatch = context == null ? null : context.getHttpHeaders().getHeaderString("If-Match");
    String ifNoneMatch =
        context == null ? null : context.getHttpHeaders().getHeaderString("If-None-Match");
    return conditionalGet(tag, version, ifMatch, ifNoneMatch, () -> Response.ok(body.get()));
  }

  /**
   * 412 (thrown) when {@code ifMatch} names another version, 304 with the tag when {@code
   * ifNoneMatch} names it, else the answer {@code ok} builds, tagged.
   */
  static Response conditionalGet(
      EntityTag tag,
      long version,
      String ifMatch,
      String ifNoneMatch,
      Supplier<Response.ResponseBuilder> ok) {
    if (notModified(tag, version, ifMatch, ifNoneMatch)) {
      return Response.notModified(tag).build();
    }
    return ok.get().tag(tag).build();
  }

  /**
   * The rule of {@link #conditionalGet(EntityTag, long, String, String, Supplier)} for an answer
   * built another way: 412 (thrown) when {@code ifMatch} names another version, true (a 304 with
   * the tag) when {@code ifNoneMatch} names {@code tag}, false for a 200.
   */
  static boolean notModified(EntityTag tag, long version, String ifMatch, String ifNoneMatch) {
    if (ifMatch != null && !ifMatch.isBlank() && !anyMatches(ifMatch, version, false)) {
      throw ifMatchFailed(ifMatch, version);
    }
    return ifNoneMatch != null && noneMatchNames(ifNoneMatch, tag.getValue());
  }

  /**
   * Whether a list of entity tags (null when absent) names a version above {@code version}, with or
   * without a date: a client that has seen a newer version than the one at hand.
   */
  static boolean namesNewerVersion(String header, long version) {
    if (header == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String t = candidate.trim();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      t = unquote(t);
      int mark = t.indexOf(DATE_MARK);
      if (mark >= 0) {
        t = t.substring(0, mark);
      }
      if (!t.isEmpty() && t.length() <= 18 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        if (Long.parseLong(t) > version) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an If-None-Match header (null when absent) names {@code tag}: the weak comparison of
   * RFC 9110, for any conditional read whose tag is not a version.
   */
  public static boolean noneMatch(String ifNoneMatch, EntityTag tag) {
    return ifNoneMatch != null && noneMatchNames(ifNoneMatch, tag.getValue());
  }

  /**
   * Whether an If-None-Match header names the tag {@code value} exactly (weak comparison: {@code
   * W/"x"} and {@code "x"} both name {@code x}; a bare {@code x} too). A dated tag is only named
   * with its date: a tag of yesterday does not match today's body.
   */
  static boolean noneMatchNames(String header, String value) {
    for (String candidate : header.split(",")) {
      String t = candidate.trim();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (unquote(t).equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a list of entity tags names {@code version}: {@code *} always does; a weak tag {@code
   * W/"3"} only under weak comparison, never under strong (If-Match). The date of a dated tag is
   * not compared: {@code "3@2026-12-02"} names version 3; a tag whose part after @ is no date
   * ({@code "3@garbage"}) is none this service gave and names no version.
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
      t = unquote(t);
      int mark = t.indexOf(DATE_MARK);
      if (mark >= 0) {
        if (!isDate(t.substring(mark + 1))) {
          continue;
        }
        t = t.substring(0, mark);
      }
      if (t.equals(Long.toString(version))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The first weak tag of the header that names the version, without its W/. */
  private static String strongFormOf(String header, long version) {
    for (String candidate : header.split(",")) {
      String t = candidate.trim();
      if (t.startsWith("W/") && anyMatches(t, version, true)) {
        return t.substring(2);
      }
    }
    return "\"" + version + "\"";
  }

  private static String unquote(String t) {
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : t;
  }

  /**
   * 201 with the Location of the new resource at {@code path}, built by {@link Locations} (never
   * failing, docs/decisions/0244): every 201 of the services starts here.
   */
  public static Response.ResponseBuilder created(String path) {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, Locations.of(path));
  }

  /** 201 with the Location of the new resource, its representation and its ETag. */
  public static Response created(String location, long version, Object body) {
    return created(location).entity(body).tag(etag(version)).build();
  }

  /** 201 with the Location of the new resource and its dated ETag. */
  public static Response created(String location, long version, LocalDate asOf, Object body) {
    return created(location).entity(body).tag(etag(version, asOf)).build();
  }

  /**
   * The answer to a PUT that creates or replaces a resource under an id the client gives: 201 with
   * the resource's Location when it created it, else 200; its version as ETag either way.
   */
  public static Response upserted(boolean created, String location, long version, Object body) {
    return created ? created(location, version, body) : withEtag(Response.Status.OK, version, body);
  }

  /** Answers a write with the new representation and its ETag. */
  public static Response withEtag(Response.Status status, long version, Object body) {
    return Response.status(status).entity(body).tag(etag(version)).build();
  }

  /** Answers a write with the new representation, whose figures are for {@code asOf}. */
  public static Response withEtag(
      Response.Status status, long version, LocalDate asOf, Object body) {
    return Response.status(status).entity(body).tag(etag(version, asOf)).build();
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
    throw ifMatchFailed(ifMatch, currentVersion);
  }

  /**
   * The 412 for an If-Match that names no current tag. A weak tag that names the current version
   * ({@code W/"3"} at version 3) is told apart: If-Match compares strongly (RFC 9110 13.1.1), so
   * the answer says to send the tag without {@code W/} rather than to read the resource again.
   */
  private static ApiProblem ifMatchFailed(String ifMatch, long currentVersion) {
    String detail =
        anyMatches(ifMatch, currentVersion, true)
            ? "If-Match "
                + ifMatch.trim()
                + " is a weak tag, and If-Match compares tags strongly (RFC 9110), so it never"
                + " matches; send the ETag as the service gave it, without W/ (If-Match: "
                + strongFormOf(ifMatch, currentVersion)
                + ")."
            : "If-Match "
                + ifMatch.trim()
                + " does not match the current version "
                + currentVersion
                + "; read the resource again.";
    return ApiProblem.preconditionFailed(detail).with("currentVersion", currentVersion);
  }
}
