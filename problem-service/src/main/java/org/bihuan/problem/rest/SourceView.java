package org.bihuan.problem.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.bihuan.problem.Source;

/** A source as the API shows it. */
public record SourceView(
    UUID id,
    String title,
    Source.Kind kind,
    String organization,
    LocalDate heldOn,
    String externalRef,
    long version,
    Instant createdAt) {

  public static SourceView of(Source s) {
    return new SourceView(
        s.id, s.title, s.kind, s.organization, s.heldOn, s.externalRef, s.version, s.createdAt);
  }
}
