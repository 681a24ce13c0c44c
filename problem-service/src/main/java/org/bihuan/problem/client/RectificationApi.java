package org.bihuan.problem.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The rectification service's tickets, as far as this service uses them. */
@RegisterRestClient(configKey = "rectification")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("rectification-service")
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RectificationApi {

  @GET
  TicketPage list(
      @QueryParam("problemId") UUID problemId,
      @QueryParam("limit") int limit,
      @QueryParam("cursor") String cursor);

  /** The tickets of {@code ids} (up to 500, separated by commas); unknown ids are absent. */
  @GET
  TicketPage byIds(@QueryParam("ids") String ids, @QueryParam("limit") int limit);

  @POST
  @Path("/{id}/progress")
  void reportProgress(
      @PathParam("id") UUID ticketId,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      ProgressReport report);

  @POST
  @Path("/batch")
  TicketBatch.Answer createBatch(
      @HeaderParam("Idempotency-Key") String idempotencyKey, TicketBatch.Request batch);
}
