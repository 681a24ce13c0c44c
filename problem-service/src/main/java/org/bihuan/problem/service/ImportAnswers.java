package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.mapping.ImportAnswer;
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
   * tickets were asked for. A document imported already never gets here without ?replace=true: the
   * dry run answers the import's 409 (0372).
   */
  static ImportAnswer preview(
      UUID sourceId,
      ParsedDocument doc,
      Options options,
      String fileName,
      ReplacedProblems.Fates fates) {
    List<String> warnings = new ArrayList<>(doc.warnings());
    List<ImportAnswer.PendingTicket> pending = new ArrayList<>();
    List<ImportAnswer.CreatedTicket> carried = new ArrayList<>();
    List<ImportAnswer.ImportedProblem> problems = new ArrayList<>();
    for (int i = 0; i < doc.problems().size(); i++) {
      ParsedProblem p = doc.problems().get(i);
      List<ImportAnswer.Measure> measures =
          p.measures().stream().map(ImportAnswers::measure).toList();
      // a problem a replacement keeps is named: the id and number it keeps (0308)
      Problem kept = fates == null ? null : fates.kept().get(i);
      for (int j = 0; j < measures.size(); j++) {
        ImportedMeasure carries = fates == null ? null : fates.carried().get(i).get(j);
        if (carries != null) {
          // its ticket is carried over, as the real import will say (0312)
          carried.add(
              new ImportAnswer.CreatedTicket(
                  carries.ticketExternalRef(),
                  carries.ticketId,
                  carries.ticketNumber,
                  kept.id,
                  measures.get(j).measure()));
        } else if (options.createTickets()) {
          pending.add(
              new ImportAnswer.PendingTicket(null, null, measures.get(j).measure(), "dry run"));
        }
      }
      problems.add(
          new ImportAnswer.ImportedProblem(
              kept == null ? null : kept.id,
              kept == null ? null : kept.number,
              p.title(),
              p.description(),
              p.categoryPath(),
              measures,
              p.origin(),
              fates == null ? null : fates.of(i)));
    }
    return new ImportAnswer(
        null,
        sourceId,
        true,
        problems,
        doc.causes().stream()
            .map(c -> new ImportAnswer.ImportedCause(null, c.title(), c.description()))
            .toList(),
        doc.proposedMeasures().stream()
            .map(
                m -> ImportAnswer.ImportedProposal.of(null, m.title(), m.description(), m.duties()))
            .toList(),
        warnings,
        new ImportAnswer.Tickets(List.of(), pending, carried, dropped(fates)),
        fileName,
        fates == null ? null : fates.withdrawnAnswer());
  }

  /**
   * The answer of a replacing import with what the replacement did to each problem, in the
   * document's order: the kept problems by their id, the new ones in the order they were created.
   */
  static ImportAnswer replaced(ImportAnswer answer, ReplacedProblems.Fates fates) {
    java.util.Map<UUID, ImportAnswer.ImportedProblem> byId = new java.util.HashMap<>();
    answer.problems().forEach(p -> byId.put(p.id(), p));
    java.util.Set<UUID> kept = new java.util.HashSet<>();
    fates.kept().stream().filter(p -> p != null).forEach(p -> kept.add(p.id));
    java.util.Iterator<ImportAnswer.ImportedProblem> created =
        answer.problems().stream().filter(p -> !kept.contains(p.id())).iterator();
    List<ImportAnswer.ImportedProblem> problems = new ArrayList<>();
    for (int i = 0; i < fates.kept().size(); i++) {
      Problem k = fates.kept().get(i);
      ImportAnswer.ImportedProblem p = k == null ? created.next() : byId.get(k.id);
      problems.add(
          new ImportAnswer.ImportedProblem(
              p.id(),
              p.number(),
              p.title(),
              p.description(),
              p.categoryPath(),
              p.measures(),
              p.origin(),
              fates.of(i)));
    }
    return new ImportAnswer(
        answer.importId(),
        answer.sourceId(),
        answer.dryRun(),
        problems,
        answer.causes(),
        answer.proposedMeasures(),
        answer.warnings(),
        answer.tickets(),
        answer.fileName(),
        fates.withdrawnAnswer());
  }

  /** The tickets of the measures the document drops from kept problems (0318), in its order. */
  static List<ImportAnswer.CreatedTicket> dropped(ReplacedProblems.Fates fates) {
    List<ImportAnswer.CreatedTicket> dropped = new ArrayList<>();
    if (fates == null) {
      return dropped;
    }
    for (int i = 0; i < fates.kept().size(); i++) {
      for (ImportedMeasure m : fates.dropped().get(i)) {
        dropped.add(
            new ImportAnswer.CreatedTicket(
                m.ticketExternalRef(), m.ticketId, m.ticketNumber, m.problemId, m.measure));
      }
    }
    return dropped;
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
