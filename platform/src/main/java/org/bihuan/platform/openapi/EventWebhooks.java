package org.bihuan.platform.openapi;

import java.util.List;
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

  private EventWebhooks() {}

  static void add(OpenAPI api) {
    EventCatalogue catalogue = EventCatalogue.load().orElse(null);
    if (catalogue == null) {
      return;
    }
    for (EventCatalogue.EventType t : catalogue.types()) {
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
                                  .enumeration(List.of(t.type())))
                          .addProperty(
                              "resourceType",
                              OASFactory.createSchema()
                                  .addType(Schema.SchemaType.STRING)
                                  .enumeration(List.of(t.resourceType())))
                          .addProperty(
                              "data",
                              OASFactory.createSchema()
                                  .ref("#/components/schemas/" + t.payload()))));
      Operation op =
          OASFactory.createOperation()
              .operationId("event_" + t.type().replace('.', '_'))
              .summary(t.type())
              .description(t.firesWhen())
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
      api.addWebhook(t.type(), OASFactory.createPathItem().POST(op));
    }
  }
}
