package org.bihuan.problem.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.client.NewTicket;

/** Turns the measures of a rectification plan into the rectification service's ticket input. */
public final class TicketDrafts {

  private TicketDrafts() {}

  /** What a measure lacks to become a ticket, or empty when it is complete. */
  public static Optional<String> missing(ImportedMeasure m) {
    if (m.measure == null || m.measure.isBlank()) {
      return Optional.of("the measure has no text");
    }
    if (m.responsibleUnits == null || m.responsibleUnits.isEmpty()) {
      return Optional.of("the document names no responsible unit (责任单位) for this measure");
    }
    if (m.timing == null) {
      return Optional.of("the document gives no time limit (整改时限) for this measure");
    }
    if (m.timing.equals("DEADLINE") && m.deadline == null) {
      return Optional.of("the time limit (整改时限) could not be read as a date");
    }
    return Optional.empty();
  }

  public static NewTicket of(ImportedMeasure m) {
    return new NewTicket(
        List.of(m.problemId),
        m.measure,
        m.responsibleUnits.stream().map(u -> new NewTicket.Unit(u, null)).toList(),
        m.responsiblePerson,
        m.leaderInCharge,
        m.timing,
        m.timing.equals("LONG_TERM") ? null : m.deadline,
        m.ticketExternalRef(),
        m.coResponsibleUnits == null || m.coResponsibleUnits.isEmpty()
            ? null
            : m.coResponsibleUnits.stream().map(u -> new NewTicket.Unit(u, null)).toList());
  }

  /** The Idempotency-Key of the progress report made of a measure's progress note. */
  public static String progressIdempotencyKey(ImportedMeasure m) {
    return "import-" + m.importId + "-" + m.n + "-progress";
  }

  /**
   * The Idempotency-Key of one batch: derived from the import and the measures sent, so a retry of
   * the same batch replays the first answer instead of creating tickets twice.
   */
  public static String idempotencyKey(UUID importId, List<ImportedMeasure> sent) {
    StringBuilder refs = new StringBuilder();
    sent.forEach(m -> refs.append(m.n).append(','));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(refs.toString().getBytes(StandardCharsets.UTF_8));
      return "import-" + importId + "-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
