package org.bihuan.platform.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bihuan.platform.text.EditDistance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The event types a service's feed carries, read from the service's one list of them, {@code
 * META-INF/bihuan/event-catalogue.json}. The same list answers GET /api/v1/webhooks/event-types,
 * becomes the webhook definitions of the OpenAPI document and checks subscription patterns, so a
 * type cannot be documented without being accepted or the reverse.
 */
public record EventCatalogue(
    @Schema(example = "rectification-service") String service,
    @Schema(
            example = "8082",
            description =
                "The service's port in the local setup (deploy/local); a deployment may give"
                    + " it another address")
        int port,
    List<EventType> types,
    @Schema(
            description =
                "Event families emitted by other services, and where to subscribe to them")
        List<Elsewhere> elsewhere) {

  public static final String RESOURCE = "META-INF/bihuan/event-catalogue.json";

  /**
   * One type of event. {@code payload} names the schema of the event's {@code data}; {@code
   * payloadSchema} is where that schema is, in this service's OpenAPI document.
   */
  public record EventType(
      @Schema(example = "ticket.submitted") String type,
      @Schema(example = "ticket") String resourceType,
      @Schema(example = "TicketView", description = "The name of the schema of the event's data")
          String payload,
      @Schema(
              example = "/q/openapi?format=json#/components/schemas/TicketView",
              description =
                  "The schema of the event's data: a JSON reference (this service's OpenAPI"
                      + " document, then a JSON pointer) that schema tools resolve; the document's"
                      + " webhooks section has each type's whole delivery body")
          String payloadSchema,
      @Schema(example = "The unit submits its work for verification: IN_PROGRESS → SUBMITTED.")
          String firesWhen) {

    /** Where the OpenAPI document of the service serving this catalogue keeps {@code payload}. */
    EventType located() {
      return new EventType(
          type,
          resourceType,
          payload,
          "/q/openapi?format=json#/components/schemas/" + payload,
          firesWhen);
    }
  }

  /** Types starting with {@code prefix} belong to another service's feed. */
  public record Elsewhere(
      @Schema(example = "problem.") String prefix,
      @Schema(example = "problem-service") String service,
      @Schema(
              example = "8081",
              description =
                  "That service's port in the local setup (deploy/local); a deployment may give"
                      + " it another address")
          int port) {}

  /** This service's catalogue, or empty when it has none (a service without a feed). */
  public static Optional<EventCatalogue> load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      EventCatalogue read = new ObjectMapper().readValue(in, EventCatalogue.class);
      return Optional.of(
          new EventCatalogue(
              read.service(),
              read.port(),
              read.types().stream().map(EventType::located).toList(),
              read.elsewhere()));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
  }

  public boolean has(String type) {
    return types.stream().anyMatch(t -> t.type().equals(type));
  }

  /**
   * Why a subscription pattern can never match an event of this service, or empty when it can.
   * Patterns are an exact type, {@code family.*} or {@code *}.
   */
  public Optional<String> refusal(String pattern) {
    if (pattern.equals("*")) {
      return Optional.empty();
    }
    String prefix = pattern.endsWith(".*") ? pattern.substring(0, pattern.length() - 1) : null;
    boolean known =
        prefix == null ? has(pattern) : types.stream().anyMatch(t -> t.type().startsWith(prefix));
    if (known) {
      return Optional.empty();
    }
    Optional<String> meant = nearest(pattern);
    if (meant.isPresent()) {
      return Optional.of(pattern + " is not an event type of " + service + "; " + meant.get());
    }
    String folded = fold(pattern);
    for (Elsewhere other : elsewhere) {
      if (folded.startsWith(other.prefix())) {
        // only the family is known here, not the other service's exact types: a misspelt one is
        // refused there, with its list
        return Optional.of(
            pattern
                + " is not an event type of "
                + service
                + ": "
                + other.prefix()
                + "* events are emitted by "
                + other.service()
                + "; register this subscription with "
                + other.service()
                + " (its types: GET /api/v1/webhooks/event-types there"
                + (folded.equals(pattern) ? "" : "; types are lower case: " + folded)
                + ")");
      }
    }
    return Optional.of(pattern + " is not an event type of " + service + "; " + listing());
  }

  /**
   * "did you mean …" when {@code pattern} is one of this service's types or families written with
   * other case or other separators ({@code ticket.progressReported}, {@code
   * ticket.progress-reported}, {@code TICKET.*}), or empty.
   */
  public Optional<String> nearest(String pattern) {
    String key = key(pattern);
    List<String> candidates = new ArrayList<>();
    for (EventType t : types) {
      candidates.add(t.type());
      String family = t.type().substring(0, t.type().indexOf('.') + 1) + "*";
      if (!candidates.contains(family)) {
        candidates.add(family);
      }
    }
    Optional<String> same =
        candidates.stream().filter(c -> !c.equals(pattern) && key(c).equals(key)).findFirst();
    if (same.isPresent()) {
      return same.map(c -> "did you mean " + c + "? (types are lower case, words joined by _)");
    }
    // a letter or two missing, added or swapped (problem.close, tickets.creatd): the closest type,
    // when only one is that close, with the whole list
    int allowed = key.length() < 8 ? 1 : 2;
    List<String> close =
        candidates.stream()
            .filter(c -> EditDistance.between(key(c), key) <= allowed)
            .sorted(java.util.Comparator.comparingInt(c -> EditDistance.between(key(c), key)))
            .toList();
    if (close.isEmpty()
        || close.size() > 1
            && EditDistance.between(key(close.get(0)), key)
                == EditDistance.between(key(close.get(1)), key)) {
      return Optional.empty();
    }
    return Optional.of("did you mean " + close.get(0) + "? " + listing());
  }

  /** "its types are …": every type of this service, and where they are listed. */
  public String listing() {
    List<String> names = new ArrayList<>();
    types.forEach(t -> names.add(t.type()));
    return "its types are "
        + String.join(", ", names)
        + ", or a family pattern such as "
        + names.get(0).substring(0, names.get(0).indexOf('.') + 1)
        + "*, or * (GET /api/v1/webhooks/event-types)";
  }

  /**
   * The pattern as types are written: compatibility forms folded (ｔｉｃｋｅｔ．＊), lower case, stripped.
   */
  private static String fold(String pattern) {
    return java.text.Normalizer.normalize(pattern, java.text.Normalizer.Form.NFKC)
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** Letters and stars only: ticket_created, ticket-created, Ticket.Created are one key. */
  private static String key(String pattern) {
    return fold(pattern).replaceAll("[^a-z*]", "");
  }
}
