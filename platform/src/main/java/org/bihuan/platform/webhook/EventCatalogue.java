package org.bihuan.platform.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** One type of event. {@code payload} names the schema of the event's {@code data}. */
  public record EventType(
      @Schema(example = "ticket.submitted") String type,
      @Schema(example = "ticket") String resourceType,
      @Schema(example = "TicketView") String payload,
      @Schema(example = "The unit submits its work for verification: IN_PROGRESS → SUBMITTED.")
          String firesWhen) {}

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
      return Optional.of(new ObjectMapper().readValue(in, EventCatalogue.class));
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
    String lower = pattern.toLowerCase(java.util.Locale.ROOT);
    if (!lower.equals(pattern) && refusal(lower).isEmpty()) {
      return Optional.of(
          pattern + " is not an event type of " + service + "; types are lower case: " + lower);
    }
    for (Elsewhere other : elsewhere) {
      if (pattern.startsWith(other.prefix())) {
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
                + " (its types: GET /api/v1/webhooks/event-types there)");
      }
    }
    List<String> names = new ArrayList<>();
    types.forEach(t -> names.add(t.type()));
    return Optional.of(
        pattern
            + " is not an event type of "
            + service
            + "; its types are "
            + String.join(", ", names)
            + " (GET /api/v1/webhooks/event-types)");
  }
}
