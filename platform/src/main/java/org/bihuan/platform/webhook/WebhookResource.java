package org.bihuan.platform.webhook;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.JsonOrNoBody;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@IfBuildProperty(name = "bihuan.feed.enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

  @Inject Webhooks webhooks;
  @Inject CurrentUser user;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The subscriber registered, with its signing secret; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookView.class),
              examples =
                  @ExampleObject(
                      name = "OA督办",
                      value =
                          "{\"id\": \"e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1\", \"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"ticket.*\", \"problem.closed\"], \"description\": \"OA系统督办提醒\", \"active\": true, \"secret\": \"whsec_4f9a1c2e7b8d\", \"createdBy\": \"admin\", \"createdAt\": \"2024-05-10T08:30:00Z\", \"version\": 1}")))
  @Operation(
      operationId = "registerWebhook",
      summary = "Register a subscriber; the answer shows its signing secret once",
      description =
          "Admin only. Each change of this service's feed whose type matches one of `events`"
              + " (patterns such as ticket.*) is POSTed to the URL, signed with the secret; the"
              + " secret is shown in this answer only.")
  public Response register(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = WebhookInput.class),
                      examples =
                          @ExampleObject(
                              name = "OA督办",
                              value =
                                  "{\"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"ticket.*\", \"problem.closed\"], \"description\": \"OA系统督办提醒\"}")))
          @NotNull
          @Valid
          WebhookInput input) {
    WebhookView created = webhooks.register(input, user.id());
    return Versions.created("/api/v1/webhooks/" + created.id(), created.version(), created);
  }

  @GET
  @Operation(
      operationId = "listWebhooks",
      summary = "Registered subscribers",
      description =
          "Admin only. Oldest first, paginated with limit and cursor; secrets are not shown.")
  public Page<WebhookView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return webhooks.list(PageRequest.of(limit, cursor));
  }

  @GET
  @Path("/event-types")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listEventTypes",
      summary = "Every event type this service's feed and webhooks carry",
      description =
          "Each type with its resource, when it fires and the schema of its `data` (also the"
              + " webhook definitions of this document); `elsewhere` names the event families of"
              + " other services and where to subscribe to them. Subscriptions accept only"
              + " patterns that match one of these types.")
  public EventCatalogue eventTypes() {
    return webhooks.catalogue();
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The subscriber",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookView.class)))
  @Operation(
      operationId = "getWebhook",
      summary = "One subscriber",
      description = "Admin only. ETag = version; If-None-Match gives 304. The secret is not shown.")
  public Response get(@PathParam("id") UUID id, @Context Request request) {
    WebhookView w = webhooks.get(id);
    return Versions.conditionalGet(request, w.version(), w);
  }

  @DELETE
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The subscriber, inactive",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookView.class)))
  @Operation(
      operationId = "deactivateWebhook",
      summary = "Stop sending to a subscriber (its delivery log stays)",
      description =
          "Admin only. Nothing more is sent to the subscriber; its deliveries stay readable.")
  public WebhookView deactivate(@PathParam("id") UUID id) {
    return webhooks.deactivate(id);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Deliveries with every attempt",
      description = "Admin only. A subscriber's deliveries with each attempt's outcome, paginated.")
  public Page<DeliveryView> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return webhooks.deliveries(id, PageRequest.of(limit, cursor));
  }

  @POST
  @Path("/{id}/ping")
  @Consumes(MediaType.WILDCARD)
  @JsonOrNoBody
  @Operation(
      operationId = "pingWebhook",
      summary = "Send a signed webhook.ping now and report the receiver's answer",
      description =
          "Admin only. POSTs {\"type\": \"webhook.ping\", …} to the subscriber, signed like every"
              + " delivery, waits for the answer (at most the send timeout) and answers 200 with"
              + " the receiver's status (or the error when none came). Not logged as a delivery;"
              + " receivers should acknowledge webhook.ping with 2xx and otherwise ignore it. A"
              + " deleted webhook answers 409 webhook-inactive and is not pinged.")
  public PingResult ping(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = false,
              description = "None, or {}: a ping takes no input.",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT, maxProperties = 0)))
          String body) {
    return webhooks.ping(id, ifMatch, body);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @APIResponse(
      responseCode = "202",
      description = "The delivery is queued to be sent again; no body")
  @Operation(
      operationId = "redeliverWebhook",
      summary = "Send a delivery again now",
      description =
          "Admin only. Queues the delivery to be sent again at once; answers 202 without a body.")
  public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    webhooks.redeliver(id, deliveryId);
    return Response.accepted().build();
  }
}
