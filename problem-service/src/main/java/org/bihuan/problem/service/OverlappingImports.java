package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Problem;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedProblem;

/**
 * The current import of a source whose live problems a new document repeats, though its text is not
 * the same (a revised version of the same plan: one deadline changed gives another fingerprint).
 * Problems match when their title and description are the same apart from whitespace
 * (docs/decisions/0290).
 */
@ApplicationScoped
public class OverlappingImports {

  /** An earlier import, and how many of its live problems the new document repeats. */
  public record Overlap(SourceImport earlier, int matching, int live) {}

  @Inject ImportRecords records;
  @Inject OrganisationClock clock;

  /** The current import of the source that the document overlaps most, if any overlaps at all. */
  @Transactional
  public Optional<Overlap> most(UUID sourceId, ParsedDocument doc) {
    Set<String> texts = new HashSet<>();
    for (ParsedProblem p : doc.problems()) {
      texts.add(key(p.title(), p.description()));
    }
    List<SourceImport> current =
        SourceImport.list("sourceId = ?1 and replacedBy is null", sourceId);
    return current.stream()
        .map(
            imp -> {
              List<Problem> live = records.liveProblems(imp.id);
              int matching =
                  (int)
                      live.stream()
                          .filter(p -> texts.contains(key(p.title, p.description)))
                          .count();
              return new Overlap(imp, matching, live.size());
            })
        .filter(o -> o.matching() > 0)
        .max(Comparator.comparingInt(Overlap::matching).thenComparing(o -> o.earlier().importedAt));
  }

  /** The warning of an import that repeats problems of {@code overlap}'s import. */
  public String repeats(Overlap overlap) {
    return "This document repeats "
        + named(overlap)
        + "; importing it without ?replace=true adds those problems again, importing it with"
        + " ?replace=true replaces that import (its live problems are withdrawn).";
  }

  /** The warning of an import that replaced {@code overlap}'s import. */
  public String replaced(Overlap overlap) {
    return "This document replaced "
        + named(overlap)
        + ": the problems of that import were withdrawn.";
  }

  private String named(Overlap o) {
    SourceImport imp = o.earlier();
    return o.matching()
        + " of the "
        + o.live()
        + " live problems of import "
        + imp.id
        + " ("
        + imp.mediaType
        + ", imported "
        + imp.importedAt.atZone(clock.zone()).toLocalDate()
        + " by "
        + imp.importedBy
        + ") of this source";
  }

  private static String key(String title, String description) {
    String text = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    return text.replaceAll("[\\s\\u3000]+", "");
  }
}
