package org.bihuan.platform.webhook;

import io.quarkus.arc.properties.IfBuildProperty;
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
import java.net.URI;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  @Operation(
      operationId = "registerWebhook",
      summary = "Register a subscriber; the answer shows its signing secret once")
  public Response register(@NotNull @Valid WebhookInput input) {
    WebhookView created = webhooks.register(input, user.id());
    return Response.created(URI.create("/api/v1/webhooks/" + created.id()))
        .entity(created)
        .tag(Versions.etag(created.version()))
        .build();
  }

  @GET
  @Operation(operationId = "listWebhooks", summary = "Registered subscribers")
  public Page<WebhookView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    return webhooks.list(PageRequest.of(limit, cursor));
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getWebhook", summary = "One subscriber")
  public Response get(@PathParam("id") UUID id, @Context Request request) {
    WebhookView w = webhooks.get(id);
    return Versions.conditionalGet(request, w.version(), w);
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "deactivateWebhook",
      summary = "Stop sending to a subscriber (its delivery log stays)")
  public WebhookView deactivate(@PathParam("id") UUID id) {
    return webhooks.deactivate(id);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries with every attempt")
  public Page<DeliveryView> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return webhooks.deliveries(id, PageRequest.of(limit, cursor));
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again now")
  public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    webhooks.redeliver(id, deliveryId);
    return Response.accepted().build();
  }
}
