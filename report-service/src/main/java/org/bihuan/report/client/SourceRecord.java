package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** What the report service reads of problem-service's source view. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceRecord(
    String id,
    String title,
    String kind,
    String organization,
    LocalDate heldOn,
    String externalRef,
    Instant createdAt) {}
