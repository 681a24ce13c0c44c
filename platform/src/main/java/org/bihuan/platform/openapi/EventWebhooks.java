package org.bihuan.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.webhook.EventCatalogue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The service's event catalogue as OpenAPI 3.1 webhook definitions: one POST per event type, whose
 * body is the feed event with that type and its payload schema as {@code data}.
 */
final class EventWebhooks {

  /** Turns an example given as a JSON tree into maps and lists (fitExamples). */
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventWebhooks() {}

  static void add(OpenAPI api) {
    EventCatalogue catalogue = EventCatalogue.load().orElse(null);
    if (catalogue == null) {
      return;
    }
    for (EventCatalogue.EventType t : catalogue.types()) {
      api.addWebhook(
          t.type(),
          webhook(
              t.type(),
              t.resourceType(),
              OASFactory.createSchema().ref("#/components/schemas/" + t.payload()),
              t.firesWhen()));
    }
    // sent only by POST /api/v1/webhooks/{id}/ping, to every subscriber whatever its patterns
    api.addWebhook(
        org.bihuan.platform.webhook.PingResult.TYPE,
        webhook(
            org.bihuan.platform.webhook.PingResult.TYPE,
            "webhook",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty(
                    "webhookId",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"))
                .addProperty("url", OASFactory.createSchema().addType(Schema.SchemaType.STRING)),
            "A test delivery asked for with POST /api/v1/webhooks/{id}/ping, whatever the"
                + " subscription's patterns; position 0, never in the feed. Acknowledge it with 2xx"
                + " and otherwise ignore it."));
    fitRegistrationExamples(api, catalogue);
  }

  /** One webhook: a signed POST of the feed event of {@code type} with {@code data} as payload. */
  private static org.eclipse.microprofile.openapi.models.PathItem webhook(
      String type, String resourceType, Schema data, String description) {
    Schema body =
        OASFactory.createSchema()
            .allOf(
                List.of(
                    OASFactory.createSchema().ref("#/components/schemas/FeedEvent"),
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty(
                            "type",
                            OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of(type)))
                        .addProperty(
                            "resourceType",
                            OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of(resourceType)))
                        .addProperty("data", data)));
    Operation op =
        OASFactory.createOperation()
            .operationId("event_" + type.replace('.', '_'))
            .summary(type)
            .description(description)
            .addTag("Webhooks")
            .requestBody(
                OASFactory.createRequestBody()
                    .required(true)
                    .content(
                        OASFactory.createContent()
                            .addMediaType(
                                "application/json", OASFactory.createMediaType().schema(body))))
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                            .description(
                                "Any 2xx acknowledges the delivery; anything else is retried.")));
    for (String[] h :
        new String[][] {
          {"webhook-id", "The message id, the same on every retry: deduplicate by it."},
          {"webhook-timestamp", "Seconds since the epoch when this attempt was signed."},
          {"webhook-signature", "v1,<base64 HMAC-SHA256> (Standard Webhooks) with the secret."}
        }) {
      op.addParameter(
          OASFactory.createParameter()
              .name(h[0])
              .in(Parameter.In.HEADER)
              .required(true)
              .description(h[1])
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
    return OASFactory.createPathItem().POST(op);
  }

  /**
   * The examples of {@code POST /api/v1/webhooks} (written once, in platform's WebhookResource, for
   * every service) subscribe to patterns of the serving service's own catalogue: its largest family
   * as {@code family.*} and the first type of the next largest, if any. An example naming another
   * service's events would be refused with 400 by the very service that shows it.
   */
  static void fitRegistrationExamples(OpenAPI api, EventCatalogue catalogue) {
    List<String> events = examplePatterns(catalogue);
    if (api.getPaths() == null || events.isEmpty()) {
      return;
    }
    var item = api.getPaths().getPathItem("/api/v1/webhooks");
    Operation post = item == null ? null : item.getPOST();
    if (post == null) {
      return;
    }
    if (post.getRequestBody() != null) {
      fitExamples(post.getRequestBody().getContent(), events);
    }
    if (post.getResponses() != null && post.getResponses().getAPIResponse("201") != null) {
      fitExamples(post.getResponses().getAPIResponse("201").getContent(), events);
    }
  }

  static List<String> examplePatterns(EventCatalogue catalogue) {
    // Families by how many types they have (the service's main resource first), then in order.
    Map<String, List<String>> families = new LinkedHashMap<>();
    for (EventCatalogue.EventType t : catalogue.types()) {
      families
          .computeIfAbsent(
              t.type().substring(0, t.type().indexOf('.') + 1), f -> new java.util.ArrayList<>())
          .add(t.type());
    }
    List<Map.Entry<String, List<String>>> ranked = new java.util.ArrayList<>(families.entrySet());
    ranked.sort((a, b) -> b.getValue().size() - a.getValue().size());
    List<String> patterns = new java.util.ArrayList<>();
    if (!ranked.isEmpty()) {
      patterns.add(ranked.get(0).getKey() + "*");
    }
    if (ranked.size() > 1) {
      patterns.add(ranked.get(1).getValue().get(0));
    }
    return patterns;
  }

  private static void fitExamples(
      org.eclipse.microprofile.openapi.models.media.Content content, List<String> events) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (var media : content.getMediaTypes().values()) {
      if (media.getExamples() == null) {
        continue;
      }
      for (var example : media.getExamples().values()) {
        Object value = example.getValue();
        if (value instanceof JsonNode node) {
          value = JSON.convertValue(node, Map.class);
        }
        if (value instanceof Map<?, ?> map && map.containsKey("events")) {
          Map<Object, Object> fitted = new LinkedHashMap<>(map);
          fitted.put("events", events);
          example.setValue(fitted);
        }
      }
    }
  }
}
