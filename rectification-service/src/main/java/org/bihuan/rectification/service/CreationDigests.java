package org.bihuan.rectification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * The digest of the item a ticket was created from, which tells an item sent again under its
 * externalRef (the same content: answered with the ticket) from other content (409; 0020, 0340).
 */
@ApplicationScoped
public class CreationDigests {

  @Inject ObjectMapper mapper;

  /**
   * Whether {@code in} is the content a ticket was created from, by its creation digest: the digest
   * as {@link #digest} makes it, or — for a ticket created before the lists were compared as sets —
   * the digest of the item with its lists in the order sent (docs/decisions/0357).
   */
  boolean sameContent(String creationDigest, TicketInput in) {
    return creationDigest.equals(digest(in)) || creationDigest.equals(digest(in, false));
  }

  /**
   * The same content gives the same digest: the input with its text trimmed, as JSON. The problems,
   * the responsible and the co-responsible units are sets: their order has no meaning, so they are
   * sorted first and an item sent again with its lists in another order is the same content (0357).
   */
  String digest(TicketInput in) {
    return digest(in, true);
  }

  private String digest(TicketInput in, boolean asSets) {
    TicketInput normal =
        new TicketInput(
            asSets ? in.problemIds().stream().sorted(PROBLEM_ORDER).toList() : in.problemIds(),
            in.measure().strip(),
            units(in.responsibleUnits(), asSets),
            TicketFields.stripToNull(in.responsiblePerson()),
            TicketFields.stripToNull(in.leaderInCharge()),
            in.timing(),
            in.deadline(),
            in.reportEvery(),
            in.externalRef(),
            in.coResponsibleUnits() == null ? null : units(in.coResponsibleUnits(), asSets),
            TicketFields.stripToNull(in.responsiblePersonExternalId()),
            TicketFields.stripToNull(in.leaderInChargeExternalId()));
    try {
      byte[] json = mapper.writeValueAsString(normal).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot digest a ticket input", e);
    }
  }

  private static final Comparator<UUID> PROBLEM_ORDER = Comparator.comparing(UUID::toString);

  private static final Comparator<ResponsibleUnitInput> UNIT_ORDER =
      Comparator.comparing(
              ResponsibleUnitInput::name, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              ResponsibleUnitInput::externalId,
              Comparator.nullsFirst(Comparator.<String>naturalOrder()));

  private static List<ResponsibleUnitInput> units(List<ResponsibleUnitInput> units, boolean sort) {
    var normal = units.stream().map(TicketFields::normalised);
    return (sort ? normal.sorted(UNIT_ORDER) : normal).toList();
  }
}
