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
import org.bihuan.rectification.mapping.ProgressInput;
import org.bihuan.rectification.mapping.ProgressView;
import org.bihuan.rectification.service.TicketWork;
import org.bihuan.rectification.service.WithdrawnProblems;
import org.bihuan.rectification.service.WrittenTicket;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ticket's progress reports (整改进展): recorded by its units, read by anyone. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketProgressResource {

  @Inject TicketWork work;
  @Inject WithdrawnProblems withdrawnProblems;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;

  @POST
  @Path("/{id}/progress")
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      extensions = @Extension(name = TicketContract.TICKET_ETAG, value = "true"),
      description = "The progress report recorded; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressView.class)))
  @Operation(
      operationId = "reportProgress",
      summary = "Record a progress report (整改进展)",
      description =
          "Reporter of a responsible unit (or admin), while the ticket is ASSIGNED or IN_PROGRESS. date YYYY-MM-DD not in the future, note required, percent 0..100 optional. Resets the reporting interval (stale).")
  public Response reportProgress(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid ProgressInput input) {
    withdrawnProblems.refuseIfWithdrawn(id, "take progress reports");
    ProgressView p = work.report(id, input, ifMatch);
    return TicketEtag.of(
            written,
            clock.today(),
            Versions.created("/api/v1/tickets/" + id + "/progress/" + p.id()).entity(p))
        .build();
  }

  @GET
  @Path("/{id}/progress/{progressId}")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "getProgress",
      summary = "One progress report of a ticket",
      description =
          "The report a progress report's Location names; 404 when the ticket has none"
              + " with that id.")
  public ProgressView progressReport(
      @PathParam("id") UUID id, @PathParam("progressId") UUID progressId) {
    return work.progressReport(id, progressId);
  }

  @GET
  @Path("/{id}/progress")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listProgress",
      summary = "A ticket's progress reports, oldest first",
      description = "Oldest first, paginated with limit and cursor.")
  public Page<ProgressView> progress(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return work.progress(id, PageRequest.of(limit, cursor));
  }
}
