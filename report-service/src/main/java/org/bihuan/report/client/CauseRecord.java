package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the report service reads of problem-service's cause view. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CauseRecord(String id, String sourceId, String title, String description) {}
