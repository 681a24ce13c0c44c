package org.bihuan.problem.service;

import java.util.UUID;
import org.bihuan.problem.Problem;

/**
 * The filters of GET /problems; null means "any". {@code categoryId} includes its sub-categories;
 * {@code q} is a case-insensitive substring of the title or description.
 */
public record ProblemFilter(
    UUID sourceId,
    UUID categoryId,
    java.util.List<Problem.Status> statuses,
    String q,
    String externalRef) {}
