package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.JsonOrNoBody;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.mapping.ExtensionView;
import org.bihuan.rectification.service.ExtensionService;
import org.bihuan.rectification.service.WrittenTicket;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/extensions")
@Tag(name = "Extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionResource {

  @Inject ExtensionService extensions;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.VIEWER)
  @APIResponse(
      responseCode = "200",
      description = "The extension request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionView.class)))
  @Operation(
      operationId = "getExtension",
      summary = "One extension request",
      description = "One extension request with its decision, if any.")
  public Response get(@PathParam("id") UUID id, @Context Request request) {
    ExtensionView e = extensions.get(id);
    return Versions.conditionalGet(request, e.version(), e);
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.WILDCARD)
  @JsonOrNoBody
  @RolesAllowed(Roles.VERIFIER)
  @APIResponse(
      responseCode = "200",
      extensions = @Extension(name = TicketContract.TICKET_ETAG, value = "true"),
      description = "The request, approved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionView.class)))
  @Operation(
      operationId = "approveExtension",
      summary = "Approve: the ticket's effective deadline becomes the new date",
      description =
          "Verifier (or admin) who neither requested the extension nor answers for the"
              + " ticket's current round (names compared as for verify; else 403). The ticket"
              + " keeps its original deadline; effectiveDeadline becomes newDeadline and"
              + " extensionApproved true; the history entry records effectiveDeadline's old and"
              + " new value.")
  public Response approve(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = false,
              description = "Optional; {\"comment\"} may be given or the body left out.",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CommentInput.class)))
          @Valid
          CommentInput body) {
    ExtensionView e = extensions.decide(id, true, body == null ? null : body.comment(), ifMatch);
    return TicketEtag.with(
        written, clock.today(), Versions.withEtag(Response.Status.OK, e.version(), e));
  }

  @POST
  @Path("/{id}/refuse")
  @Consumes(MediaType.WILDCARD)
  @JsonOrNoBody
  @RolesAllowed(Roles.VERIFIER)
  @APIResponse(
      responseCode = "200",
      extensions = @Extension(name = TicketContract.TICKET_ETAG, value = "true"),
      description = "The request, refused",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionView.class)))
  @Operation(
      operationId = "refuseExtension",
      summary = "Refuse, with a comment",
      description =
          "Verifier (or admin) who neither requested the extension nor answers for the"
              + " ticket's current round; a comment is required. The effective deadline stays as"
              + " it was.")
  public Response refuse(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              description = "{\"comment\"}: the reason, required.",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CommentInput.Reason.class)))
          @Valid
          CommentInput body) {
    ExtensionView e = extensions.decide(id, false, body == null ? null : body.comment(), ifMatch);
    return TicketEtag.with(
        written, clock.today(), Versions.withEtag(Response.Status.OK, e.version(), e));
  }
}
