package org.bihuan.platform.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.FieldError;

/**
 * A kind of receiver other than Standard Webhooks (an OA to-do centre, a group robot): what it
 * needs to be registered, and how the feed events it subscribed to become its documented request.
 * Its deliveries go through the webhook outbox, retries and delivery log ({@link WebhookSender});
 * only the request differs. A service offers a kind by declaring an {@code @ApplicationScoped}
 * bean.
 */
public interface ConnectorKind {

  /** The name clients register it under, e.g. {@code dingtalk-robot}. */
  String kind();

  /** The address used when a registration names none, or null when one must be given. */
  default String defaultBaseUrl() {
    return null;
  }

  /** The credentials a registration must give (write-only: never answered, never logged). */
  List<String> credentialNames();

  /**
   * The credentials a registration with these options must give, and the only ones it may give: an
   * option can switch on a handshake that needs its own (by default {@link #credentialNames()}).
   */
  default List<String> credentialNames(JsonNode options) {
    return credentialNames();
  }

  /**
   * The names of the options the kind takes at the top of a registration's {@code options}, besides
   * {@code backfill} (taken by a kind that has {@link #backfill()} events); any other is refused
   * naming it (docs/decisions/0348). The kind's {@link #check} says what each may hold.
   */
  List<String> optionNames();

  /** The event patterns subscribed when a registration names none. */
  List<String> defaultEvents();

  /**
   * The event types that leave a resource open in the receiving system (a to-do centre's {@code
   * todo.opened}, {@code todo.updated}): a connector registered later is sent, first and in feed
   * order, the latest event of each resource whose latest event at its registration is one of these
   * (docs/decisions/0334). None by default: a subscriber starts at its registration (0219).
   */
  default List<String> backfill() {
    return List.of();
  }

  /** What is wrong with the events and options of a registration (fields named), or nothing. */
  List<FieldError> check(List<String> events, JsonNode options);

  /**
   * A digest kind (group robot) receives several events in one message, at most {@link
   * WebhookSender#DIGEST_PER_MINUTE} messages a minute; otherwise one delivery is one event.
   */
  default boolean digest() {
    return false;
  }

  /**
   * Sends events to the connector, oldest first (exactly one unless {@link #digest()}), and answers
   * the outcome: delivered or why not, and for a digest how many of the events (from the first) the
   * message covered; the others wait for the next message. Runs on a worker thread.
   */
  Sent send(Connector connector, List<String> events, ConnectorHttp http) throws Exception;

  /** A registered connector as its kind sees it. */
  record Connector(UUID id, String baseUrl, Map<String, String> credentials, JsonNode options) {

    public String credential(String name) {
      return credentials.get(name);
    }

    public String option(String name, String fallback) {
      JsonNode v = options == null ? null : options.get(name);
      return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText();
    }
  }

  /**
   * The outcome of one message: {@code status} as answered (null when none came), {@code error}
   * null when the receiver acknowledged it, {@code covered} the number of events it carried, {@code
   * refused} true when the receiver refused this event itself in a way no retry changes (see {@link
   * #refusal}): it is retried on the refusal schedule, then parked, and holds back only the later
   * events of its own resource meanwhile (docs/decisions/0334).
   */
  record Sent(Integer status, String error, int covered, boolean refused) {

    /** An outcome that, if not delivered, holds back the connector's later events (a failure). */
    public Sent(Integer status, String error, int covered) {
      this(status, error, covered, false);
    }

    public static Sent ok(int status, int covered) {
      return new Sent(status, null, covered);
    }

    /**
     * The receiver answered {@code status} (not 2xx) to one event: a refusal of that event for good
     * when the status says the request itself is wrong (400, 409, 410, 422 …: an unknown user, a
     * field it takes otherwise); a failure of the connection or the receiver otherwise — 401, 403
     * and 407 (credentials), 404 and 405 (a wrong address: every event would be refused alike),
     * 408, 421, 423, 425 and 429 (try again later), 5xx — which keeps the connector's order.
     */
    public static Sent refusal(int status, String error) {
      return new Sent(status, error, 1, refusedForGood(status));
    }

    static boolean refusedForGood(int status) {
      return status >= 400
          && status < 500
          && !java.util.Set.of(401, 403, 404, 405, 407, 408, 421, 423, 425, 429).contains(status);
    }

    public boolean delivered() {
      return error == null;
    }
  }
}
