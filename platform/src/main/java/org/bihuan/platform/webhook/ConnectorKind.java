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

  /** The event patterns subscribed when a registration names none. */
  List<String> defaultEvents();

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
   * null when the receiver acknowledged it, {@code covered} the number of events it carried.
   */
  record Sent(Integer status, String error, int covered) {

    public static Sent ok(int status, int covered) {
      return new Sent(status, null, covered);
    }

    public boolean delivered() {
      return error == null;
    }
  }
}
