package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.rest.ImportAnswer;
import org.bihuan.problem.service.ImportService.Options;

/** The answers of an import that are built from what was read rather than what was written. */
final class ImportAnswers {

  private ImportAnswers() {}

  /** The answer with {@code more} warnings after its own. */
  static ImportAnswer withWarnings(ImportAnswer answer, List<String> more) {
    return answer.withWarnings(more);
  }

  /** The document with {@code warning} after its own warnings. */
  static ParsedDocument warned(ParsedDocument doc, String warning) {
    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.add(warning);
    return new ParsedDocument(doc.problems(), doc.causes(), doc.proposedMeasures(), warnings);
  }

  /**
   * The answer of a dry run: what the document gives, nothing written, every measure pending when
   * tickets were asked for; an earlier import of the same file is named.
   */
  static ImportAnswer preview(
      UUID sourceId, ParsedDocument doc, SourceImport earlier, Options options, String fileName) {
    List<String> warnings = new ArrayList<>(doc.warnings());
    if (earlier != null) {
      warnings.add(
          "This document was already imported into this source (import "
              + earlier.id
              + "); a real import needs ?replace=true.");
    }
    List<ImportAnswer.PendingTicket> pending = new ArrayList<>();
    List<ImportAnswer.ImportedProblem> problems =
        doc.problems().stream()
            .map(
                p -> {
                  List<ImportAnswer.Measure> measures =
                      p.measures().stream().map(ImportAnswers::measure).toList();
                  if (options.createTickets()) {
                    measures.forEach(
                        m ->
                            pending.add(
                                new ImportAnswer.PendingTicket(
                                    null, null, m.measure(), "dry run")));
                  }
                  return new ImportAnswer.ImportedProblem(
                      null,
                      null,
                      p.title(),
                      p.description(),
                      p.categoryPath(),
                      measures,
                      p.origin());
                })
            .toList();
    return new ImportAnswer(
        null,
        sourceId,
        true,
        problems,
        doc.causes().stream()
            .map(c -> new ImportAnswer.ImportedCause(null, c.title(), c.description()))
            .toList(),
        doc.proposedMeasures().stream()
            .map(m -> new ImportAnswer.ImportedProposal(null, m.title(), m.description()))
            .toList(),
        warnings,
        new ImportAnswer.Tickets(List.of(), pending),
        fileName);
  }

  private static ImportAnswer.Measure measure(ParsedMeasure m) {
    return new ImportAnswer.Measure(
        m.measure(),
        m.responsibleUnits(),
        m.coResponsibleUnits(),
        m.leaderInCharge(),
        m.responsiblePerson(),
        m.timing() == null ? null : m.timing().name(),
        m.deadline(),
        m.progress(),
        m.statusHint() == null ? null : m.statusHint().name());
  }

  /** The first characters of a problem's text, as warnings name it: at most 20, then …. */
  static String start(String text) {
    String t = text == null ? "" : text.strip();
    if (t.codePointCount(0, t.length()) <= 20) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, 20)) + "…";
  }
}
