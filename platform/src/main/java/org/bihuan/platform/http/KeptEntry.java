package org.bihuan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answer of one resource that {@link AnswerCache} keeps: its version, the date its figures are
 * for (or null), its tag and JSON, and the 200 and the 304 {@link HitRoute} sends, made once when
 * it is kept ({@code etag}: the 304's ETag as sent, what a poller sends back).
 */
record KeptEntry(
    long version,
    LocalDate asOf,
    EntityTag tag,
    byte[] json,
    KeptAnswer ok,
    KeptAnswer notModified,
    String etag) {

  /** The media type Jackson's writer answers with, so that a hit is the same answer as a miss. */
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  static KeptEntry of(long version, LocalDate asOf, EntityTag tag, byte[] json) {
    KeptAnswer notModified = KeptAnswer.of(notModifiedAnswer(tag));
    return new KeptEntry(
        version,
        asOf,
        tag,
        json,
        KeptAnswer.of(okAnswer(json, tag)),
        notModified,
        notModified.header("ETag"));
  }

  /**
   * The answer for a request's conditions: 304 when If-None-Match names the tag, 412 (thrown) when
   * If-Match names another version ({@link Versions}), else 200. Typed {@code byte[]}, so that
   * Quarkus REST chooses the writer of the kept bytes once, when the route is built, instead of
   * looking it up for every answer (docs/decisions/0293).
   */
  RestResponse<byte[]> answer(String ifMatch, String ifNoneMatch) {
    return Versions.notModified(tag, version, ifMatch, ifNoneMatch)
        ? notModifiedAnswer(tag)
        : okAnswer(json, tag);
  }

  /**
   * The same answer as it was made when kept, for {@link HitRoute} to send as it is
   * (docs/decisions/0304): without conditions the kept 200; with an If-None-Match that is exactly
   * the kept ETag as sent — which names that tag and no newer version — the kept 304, the header
   * read no further; any other condition judged as by {@link #answer}. Null when the request names
   * a newer version (the database is read).
   */
  KeptAnswer kept(Conditions asked) {
    if (asked.ifMatch() == null) {
      if (asked.ifNoneMatch() == null) {
        return ok;
      }
      if (asked.ifNoneMatch().equals(etag)) {
        return notModified;
      }
    }
    return namesNewerVersion(asked)
        ? null
        : KeptAnswer.of(answer(asked.ifMatch(), asked.ifNoneMatch()));
  }

  /** Whether the request names a version newer than this one: a client that has seen it. */
  boolean namesNewerVersion(Conditions asked) {
    return Versions.namesNewerVersion(asked.ifNoneMatch(), version)
        || Versions.namesNewerVersion(asked.ifMatch(), version);
  }

  private static RestResponse<byte[]> notModifiedAnswer(EntityTag tag) {
    return RestResponse.ResponseBuilder.<byte[]>notModified(tag).build();
  }

  private static RestResponse<byte[]> okAnswer(byte[] json, EntityTag tag) {
    return RestResponse.ResponseBuilder.ok(json, JSON).tag(tag).build();
  }
}
