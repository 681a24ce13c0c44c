package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** What the report service reads of problem-service's problem view. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemRecord(
    String id,
    String number,
    String sourceId,
    List<String> categoryPath,
    String title,
    String description,
    String status,
    String externalRef,
    Instant createdAt,
    Instant closedAt,
    Instant withdrawnAt) {}
