package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.webhook.ConnectorInput;
import org.bihuan.platform.webhook.ConnectorView;
import org.bihuan.platform.webhook.Connectors;
import org.bihuan.platform.webhook.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OA connectors: the to-do centres and group robots that receive this service's to-dos and ticket
 * events in their own request format, through the webhook outbox (docs/decisions/0203).
 */
@Path("/api/v1/connectors")
@Tag(name = "Connectors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ConnectorResource {

  @Inject Connectors connectors;
  @Inject CurrentUser user;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The connector registered; its credentials are never shown",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectorView.class)))
  @Operation(
      operationId = "registerConnector",
      summary = "Register an OA connector (泛微, 致远, 钉钉, 企业微信) or a Standard Webhooks receiver",
      description =
          "Admin only. kind is standard-webhooks, weaver-todo, seeyon-todo, dingtalk-todo,"
              + " dingtalk-robot or wecom-robot; each turns the events it subscribed to into that"
              + " system's documented request, with the same retries and delivery log as"
              + " webhooks. Robots receive digests, at most 20 messages a minute each."
              + " Credentials are write-only. docs/integration.md describes each kind.")
  public Response register(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ConnectorInput.class),
                      examples =
                          @ExampleObject(
                              name = "钉钉群机器人",
                              value =
                                  "{\"kind\": \"dingtalk-robot\", \"name\": \"整改督办群\","
                                      + " \"baseUrl\": \"https://oapi.dingtalk.com/robot/send\","
                                      + " \"credentials\": {\"accessToken\": \"6f2c…\","
                                      + " \"secret\": \"SEC0a1b…\"}, \"events\":"
                                      + " [\"ticket.overdue\", \"ticket.supervised\"],"
                                      + " \"options\": {\"mentionMobiles\": [\"13800000000\"]}}")))
          @NotNull
          @Valid
          ConnectorInput input) {
    ConnectorView created = connectors.register(input, user.id());
    return Versions.created("/api/v1/connectors/" + created.id(), created.version(), created);
  }

  @GET
  @Operation(
      operationId = "listConnectors",
      summary = "Registered connectors of every kind, webhooks included",
      description = "Admin only. Oldest first, paginated; credentials are never shown.")
  public Page<ConnectorView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return connectors.list(PageRequest.of(limit, cursor));
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The connector",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectorView.class)))
  @Operation(
      operationId = "getConnector",
      summary = "One connector",
      description = "Admin only. ETag = version; If-None-Match gives 304.")
  public Response get(@PathParam("id") UUID id, @Context Request request) {
    ConnectorView c = connectors.get(id);
    return Versions.conditionalGet(request, c.version(), c);
  }

  @DELETE
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The connector, inactive",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectorView.class)))
  @Operation(
      operationId = "deactivateConnector",
      summary = "Stop sending to a connector (its delivery log stays)",
      description =
          "Admin only. Nothing more is sent; what was waiting is cancelled; its deliveries stay"
              + " readable.")
  public ConnectorView deactivate(@PathParam("id") UUID id) {
    return connectors.deactivate(id);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "listConnectorDeliveries",
      summary = "Deliveries with every attempt",
      description =
          "Admin only. One delivery per event; a robot's digest records one attempt on each"
              + " event it carried.")
  public Page<DeliveryView> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return connectors.deliveries(id, PageRequest.of(limit, cursor));
  }
}
