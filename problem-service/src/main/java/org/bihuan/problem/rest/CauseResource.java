package org.bihuan.problem.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.problem.Cause;
import org.bihuan.problem.mapping.CauseInput;
import org.bihuan.problem.mapping.CauseView;
import org.bihuan.problem.service.CauseService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/causes")
@Tag(name = "Causes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CauseResource {

  @Inject CauseService causes;

  @POST
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      description = "The cause recorded; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CauseView.class)))
  @Operation(
      operationId = "createCause",
      summary = "Record a root cause (原因分析) of a source",
      description = "The source must exist (else 400 on sourceId). Emits cause.created.")
  public Response create(@NotNull @Valid CauseInput input) {
    Cause c = causes.create(input);
    return Versions.created("/api/v1/causes/" + c.id).entity(CauseView.of(c)).build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "getCause",
      summary = "One cause",
      description = "The cause with its source, title and description.")
  public CauseView get(@PathParam("id") UUID id) {
    return CauseView.of(causes.get(id));
  }

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listCauses",
      summary = "Causes, oldest first",
      description =
          "Oldest first, paginated with limit and cursor; sourceId keeps the causes of one source.")
  public Page<CauseView> list(
      @QueryParam("sourceId") String sourceId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    QueryParams params = new QueryParams();
    UUID source = params.uuid("sourceId", sourceId);
    params.check();
    return causes.list(source, PageRequest.of(limit, cursor));
  }
}
