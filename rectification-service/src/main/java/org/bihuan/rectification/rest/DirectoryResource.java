package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.auth.ServiceCallers;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.rectification.mapping.DirectoryInput;
import org.bihuan.rectification.mapping.DirectoryView;
import org.bihuan.rectification.service.Directory;
import org.bihuan.rectification.service.DirectorySync;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 组织架构: the OA directory's units and people under their external ids (docs/decisions/0204). Written
 * by admins and the service role (an OA org sync job with its own key), read by viewers.
 */
@Path("/api/v1")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  private static final String ID_DESCRIPTION =
      "The id the OA directory gives it: 1 to 64 of A-Z a-z 0-9 . _ - : @";

  @Inject Directory directory;
  @Inject DirectorySync sync;

  @PUT
  @Path("/directory/units/{externalId}")
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.writers")
  @APIResponse(
      responseCode = "200",
      description = "The unit, updated or unchanged",
      content = @Content(schema = @Schema(implementation = DirectoryView.Unit.class)))
  @APIResponse(
      responseCode = "201",
      description = "The unit, created",
      content = @Content(schema = @Schema(implementation = DirectoryView.Unit.class)))
  @Operation(
      operationId = "putDirectoryUnit",
      summary = "Create or replace a unit of the directory",
      description =
          "Upsert by externalId. sealed true seals it (封存): tickets keep showing it, new"
              + " assignments are refused. A PUT that changes nothing keeps the version and sends"
              + " no event; If-Match is checked when given. A name another unit in use has, however"
              + " written (党委办公室, 黨委辦公室, 党委 办公室), is 409 unit-name-taken naming that unit"
              + " (heldBy), unless one of them is sealed.")
  public Response putUnit(
      @Parameter(description = ID_DESCRIPTION, example = "ORG-0012") @PathParam("externalId")
          String externalId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DirectoryInput.Unit.class),
                      examples =
                          @ExampleObject(name = "党委办公室", value = ContractExamples.DIRECTORY_UNIT)))
          @Valid
          @NotNull
          DirectoryInput.Unit body) {
    return upserted(directory.putUnit(externalId, body, ifMatch), "units", externalId);
  }

  @PUT
  @Path("/directory/people/{externalId}")
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.writers")
  @APIResponse(
      responseCode = "200",
      description = "The person, updated or unchanged",
      content = @Content(schema = @Schema(implementation = DirectoryView.Person.class)))
  @APIResponse(
      responseCode = "201",
      description = "The person, created",
      content = @Content(schema = @Schema(implementation = DirectoryView.Person.class)))
  @Operation(
      operationId = "putDirectoryPerson",
      summary = "Create or replace a person of the directory",
      description =
          "Upsert by externalId. unitExternalId must name a unit of the directory that is not"
              + " sealed (unless the person is sealed too); else 400 naming unitExternalId. login"
              + " is the OA login his to-dos are sent to and the token subject that identifies"
              + " him.")
  public Response putPerson(
      @Parameter(description = ID_DESCRIPTION, example = "P-10086") @PathParam("externalId")
          String externalId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DirectoryInput.Person.class),
                      examples =
                          @ExampleObject(name = "张三", value = ContractExamples.DIRECTORY_PERSON)))
          @Valid
          @NotNull
          DirectoryInput.Person body) {
    return upserted(directory.putPerson(externalId, body, ifMatch), "people", externalId);
  }

  @GET
  @Path("/directory/units/{externalId}")
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.readers")
  @APIResponse(
      responseCode = "200",
      description = "The unit",
      content = @Content(schema = @Schema(implementation = DirectoryView.Unit.class)))
  @Operation(
      operationId = "getDirectoryUnit",
      summary = "One unit of the directory",
      description =
          "A sealed unit is still answered (sealed true, sealedAt); an id the directory never"
              + " had → 404. ETag/If-None-Match as for tickets.")
  public Response unit(
      @Parameter(description = ID_DESCRIPTION, example = "ORG-0012") @PathParam("externalId")
          String externalId,
      @Context Request request) {
    DirectoryView.Unit u = directory.unit(externalId);
    return Versions.conditionalGet(request, u.version(), u);
  }

  @GET
  @Path("/directory/people/{externalId}")
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.readers")
  @APIResponse(
      responseCode = "200",
      description = "The person",
      content = @Content(schema = @Schema(implementation = DirectoryView.Person.class)))
  @Operation(
      operationId = "getDirectoryPerson",
      summary = "One person of the directory",
      description =
          "With his unit's id and OA login (his mobile only to the roles that may read it); a sealed person is still answered (sealed"
              + " true, sealedAt); an id the directory never had → 404. ETag/If-None-Match as for"
              + " tickets.")
  public Response person(
      @Parameter(description = ID_DESCRIPTION, example = "P-10086") @PathParam("externalId")
          String externalId,
      @Context Request request) {
    DirectoryView.Person p = directory.person(externalId);
    return Versions.conditionalGet(request, p.version(), p);
  }

  @GET
  @Path("/directory/units")
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.readers")
  @Operation(
      operationId = "listDirectoryUnits",
      summary = "Units of the directory, in the order they were first written",
      description =
          "Paged by cursor (limit 1–500, default 50), sealed ones included unless sealed=false.")
  public Page<DirectoryView.Unit> units(
      @Parameter(description = "true: only sealed units; false: only those in use")
          @QueryParam("sealed")
          String sealed,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    QueryParams q = new QueryParams();
    Boolean onlySealed = q.bool("sealed", sealed);
    q.check();
    return directory.units(onlySealed, PageRequest.of(limit, cursor));
  }

  @GET
  @Path("/directory/people")
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.readers")
  @Operation(
      operationId = "listDirectoryPeople",
      summary = "People of the directory, in the order they were first written",
      description =
          "Paged by cursor (limit 1–500, default 50), sealed ones included unless sealed=false;"
              + " unitExternalId keeps those of one unit.")
  public Page<DirectoryView.Person> people(
      @Parameter(description = "Only the people of this unit (its externalId)")
          @QueryParam("unitExternalId")
          String unit,
      @Parameter(description = "true: only sealed people; false: only those in use")
          @QueryParam("sealed")
          String sealed,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    QueryParams q = new QueryParams();
    String unitId = q.text(unit);
    Boolean onlySealed = q.bool("sealed", sealed);
    q.check();
    return directory.people(unitId, onlySealed, PageRequest.of(limit, cursor));
  }

  @POST
  @Path("/directory:sync")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @ServiceCallers("bihuan.directory.writers")
  @APIResponse(
      responseCode = "200",
      description = "How many units and people were created, updated, sealed, unsealed, unchanged",
      content = @Content(schema = @Schema(implementation = DirectoryView.SyncResult.class)))
  @Operation(
      operationId = "syncDirectory",
      summary = "Apply a whole snapshot of the OA directory",
      description =
          "units and people are both required (an empty list seals every entry of its kind)."
              + " Entries the snapshot leaves out are sealed (封存), never deleted; listed ones are"
              + " created, updated or unsealed; the same snapshot twice changes nothing the second"
              + " time and sends no event. One sync at a time: a second waits for the first. Every"
              + " entry is checked as by the PUTs, and a person in use must name a unit the"
              + " snapshot lists in use, and two units in use may not have one name however"
              + " written (400 naming the later units[j].name); any error refuses the whole"
              + " snapshot (400 naming e.g. people[3].mobile). At most 20,000 units, 50,000 people and 16 MiB (413 beyond;"
              + " bihuan.directory.*).")
  public DirectoryView.SyncResult sync(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DirectoryInput.Snapshot.class),
                      examples =
                          @ExampleObject(
                              name = "组织架构",
                              value = ContractExamples.DIRECTORY_SNAPSHOT)))
          InputStream body)
      throws IOException {
    return sync.sync(body);
  }

  /** A PUT's answer, the same for units and people ({@link Versions#upserted}). */
  private static Response upserted(Directory.Upserted<?> put, String list, String externalId) {
    return Versions.upserted(
        put.created(), "/api/v1/directory/" + list + "/" + externalId, put.version(), put.view());
  }
}
