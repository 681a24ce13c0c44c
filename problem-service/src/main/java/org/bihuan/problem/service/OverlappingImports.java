package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Problem;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedProblem;

/**
 * The current imports of a source whose live problems a new document repeats, though its text is
 * not the same (a revised version of the same plan: one deadline changed gives another
 * fingerprint). Problems match when their title and description are the same apart from whitespace,
 * punctuation and full- or half-width forms (docs/decisions/0290, 0297).
 */
@ApplicationScoped
public class OverlappingImports {

  /**
   * An earlier import, how many of its live problems the new document repeats, and its live
   * problems that have no counterpart in the new document.
   */
  public record Overlap(SourceImport earlier, int matching, int live, List<Problem> unmatched) {}

  @Inject ImportRecords records;
  @Inject OrganisationClock clock;

  /**
   * Every current import of the source that the document repeats at least one live problem of, the
   * one with the most matching problems first (the latest on a tie).
   */
  @Transactional
  public List<Overlap> all(UUID sourceId, ParsedDocument doc) {
    Set<String> texts = new HashSet<>();
    for (ParsedProblem p : doc.problems()) {
      texts.add(key(p.title(), p.description()));
    }
    List<SourceImport> current =
        SourceImport.list("sourceId = ?1 and replacedBy is null", sourceId);
    List<Overlap> overlaps = new ArrayList<>();
    for (SourceImport imp : current) {
      List<Problem> live = records.liveProblems(imp.id);
      List<Problem> unmatched =
          live.stream().filter(p -> !texts.contains(key(p.title, p.description))).toList();
      if (unmatched.size() < live.size()) {
        overlaps.add(new Overlap(imp, live.size() - unmatched.size(), live.size(), unmatched));
      }
    }
    overlaps.sort(
        Comparator.comparingInt(Overlap::matching)
            .thenComparing(o -> o.earlier().importedAt)
            .reversed());
    return overlaps;
  }

  /** The warning of an import that repeats problems of {@code overlap}'s import. */
  public String repeats(Overlap overlap) {
    return "This document repeats "
        + named(overlap)
        + "; importing it without ?replace=true adds those problems again, importing it with"
        + " ?replace=true replaces that import (its live problems are withdrawn).";
  }

  /**
   * The warning of a dry run with ?replace=true: what the import would replace; {@code withdrawn}
   * its live problems without a counterpart in the document (docs/decisions/0308).
   */
  public String wouldReplace(Overlap overlap, List<Problem> withdrawn) {
    return "With ?replace=true this document replaces "
        + named(overlap)
        + ": the problems it repeats are kept"
        + withoutCounterpart(withdrawn, "would be withdrawn")
        + ".";
  }

  /** The warning of an import that replaced {@code overlap}'s import. */
  public String replaced(Overlap overlap, List<Problem> withdrawn) {
    return "This document replaced "
        + named(overlap)
        + ": the problems it repeats were kept"
        + withoutCounterpart(withdrawn, "were withdrawn")
        + ".";
  }

  /** The warning of ?replace=true when no current import of the source has anything in common. */
  public static String nothingToReplace() {
    return "Nothing to replace: no current import of this source has this document or any of its"
        + " problems, so ?replace=true withdrew nothing and the document is imported as a new"
        + " import.";
  }

  /** Names the problems withdrawn with no counterpart in the new document (number, text start). */
  private static String withoutCounterpart(List<Problem> withdrawn, String fate) {
    if (withdrawn.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    for (Problem p : withdrawn) {
      named.add(p.number + " 「" + ImportAnswers.start(p.title) + "」");
    }
    return "; "
        + withdrawn.size()
        + " "
        + fate
        + ", with no counterpart in this document: "
        + String.join(", ", named);
  }

  private String named(Overlap o) {
    SourceImport imp = o.earlier();
    return o.matching()
        + " of the "
        + o.live()
        + " live problems of import "
        + imp.id
        + " ("
        + (imp.fileName == null ? "" : "「" + imp.fileName + "」, ")
        + imp.mediaType
        + ", imported "
        + imp.importedAt.atZone(clock.zone()).toLocalDate()
        + " by "
        + imp.importedBy
        + ") of this source";
  }

  /** Punctuation, symbols of the text and white space, which a revision may change freely. */
  private static final Pattern IGNORED = Pattern.compile("[\\p{P}\\p{Z}\\s]+");

  /**
   * The text a problem is matched by: title and description folded to their compatibility forms
   * (NFKC: full-width letters and digits, ， and ,) without punctuation and white space.
   */
  static String key(String title, String description) {
    String text = (title == null ? "" : title) + (description == null ? "" : description);
    return IGNORED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }
}
