package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.mapping.ExtensionInput;
import org.bihuan.rectification.mapping.ExtensionView;
import org.bihuan.rectification.service.ExtensionService;
import org.bihuan.rectification.service.WrittenTicket;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ticket's extension requests (延期申请); their decisions are at /api/v1/extensions. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketExtensionResource {

  @Inject ExtensionService extensions;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;

  @POST
  @Path("/{id}/extensions")
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      extensions = @Extension(name = TicketContract.TICKET_ETAG, value = "true"),
      description = "The extension request; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionView.class)))
  @Operation(
      operationId = "requestExtension",
      summary = "Ask for a later deadline (延期申请); a verifier decides",
      description =
          "Reporter of a responsible unit (or admin), for a time-bound ticket that is ASSIGNED or IN_PROGRESS. newDeadline must be after the current effective deadline; one open request per ticket (409 with its Location).")
  public Response requestExtension(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid ExtensionInput input) {
    ExtensionView e = extensions.request(id, input, ifMatch);
    return TicketEtag.with(
        written, clock.today(), Versions.created("/api/v1/extensions/" + e.id(), e.version(), e));
  }

  @GET
  @Path("/{id}/extensions")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listExtensions",
      summary = "A ticket's extension requests",
      description = "Every extension request of a ticket, oldest first, paginated.")
  public Page<ExtensionView> extensions(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return extensions.forTicket(id, PageRequest.of(limit, cursor));
  }
}
