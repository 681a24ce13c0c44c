package org.bihuan.problem.rest;

import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.auth.ServiceCallers;
import org.bihuan.platform.http.AnswerCache;
import org.bihuan.platform.http.CachedReads;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.problem.Problem;
import org.bihuan.problem.mapping.ProblemInput;
import org.bihuan.problem.mapping.ProblemView;
import org.bihuan.problem.service.ProblemClosing;
import org.bihuan.problem.service.ProblemFilter;
import org.bihuan.problem.service.ProblemQueries;
import org.bihuan.problem.service.ProblemService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/problems")
@Tag(name = "Problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemResource {

  /**
   * What {@link AnswerCache} keeps this resource's answers as: a hit of {@link #get} is answered
   * before Quarkus REST by {@link org.bihuan.platform.http.HitRoute} (docs/decisions/0302).
   */
  static final String ANSWERS = "problem";

  @Inject ProblemService problems;
  @Inject ProblemClosing closing;
  @Inject ProblemQueries queries;
  @Inject CachedReads reads;

  @POST
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "201",
      description = "The problem recorded, with its number",
      content =
          @Content(
              schema = @Schema(implementation = ProblemView.class),
              examples = @ExampleObject(name = "理论学习不够深入", value = ContractExamples.PROBLEM_VIEW)))
  @Operation(
      operationId = "createProblem",
      summary = "Record a problem (问题)",
      description =
          "The problem is OPEN and gets the next number of the year (P-YYYY-NNNN). categoryPath names its category (missing levels are created); causeIds must be causes of the same source. A second problem with the same externalRef answers 409 with the existing one's Location.")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ProblemInput.class),
                      examples =
                          @ExampleObject(
                              name = "理论学习不够深入",
                              value = ContractExamples.PROBLEM_INPUT)))
          @NotNull
          @Valid
          ProblemInput input) {
    Problem p = problems.create(input);
    return Versions.created("/api/v1/problems/" + p.id, p.version, ProblemView.of(p));
  }

  @GET
  @Path("/{id}")
  // A service token too: rectification-service asks again, outside any user's request, whether a
  // ticket's problems were withdrawn (docs/decisions/0168).
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.problems.service-readers")
  @APIResponse(
      responseCode = "200",
      description = "The problem",
      content = @Content(schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @Operation(
      operationId = "getProblem",
      summary = "One problem",
      description = "The agreed problem view. ETag = version; If-None-Match gives 304.")
  public Uni<RestResponse<byte[]>> get(@PathParam("id") UUID id) {
    // From memory while unchanged (docs/decisions/0174), on the I/O thread; a miss on a worker
    // (docs/decisions/0279). The kept JSON bytes: a writer chosen once (docs/decisions/0293).
    return reads.get(
        ANSWERS,
        id,
        () -> {
          ProblemQueries.Read p = queries.get(id);
          return new AnswerCache.Fresh(p.version(), null, p.view());
        });
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.REPORTER)
  @APIResponse(
      responseCode = "200",
      description = "The problem after the change",
      content = @Content(schema = @Schema(implementation = ProblemView.class)))
  @Operation(
      operationId = "updateProblem",
      summary = "Replace a problem's fields",
      description =
          "Same shape as creation; the source cannot change. OPEN and RECTIFYING problems are"
              + " edited by reporters and admins for the whole organisation (no unit claim); a"
              + " caller bound to a unit gets 403 naming it. A CLOSED or WITHDRAWN problem is not changed"
              + " (409). If-Match honoured.")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ProblemInput input) {
    Problem p = problems.update(id, input, ifMatch);
    return Versions.withEtag(Response.Status.OK, p.version, ProblemView.of(p));
  }

  @POST
  @Path("/{id}/close")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ADMIN)
  @APIResponse(
      responseCode = "200",
      description = "The problem, CLOSED",
      content = @Content(schema = @Schema(implementation = ProblemView.class)))
  @APIResponse(
      responseCode = "503",
      description = "The rectification service could not be asked; nothing changed",
      content = @Content(mediaType = "application/problem+json"))
  @Operation(
      operationId = "closeProblem",
      summary = "Close (销号) a problem whose tickets are all verified",
      description =
          "Admins only (403 for everyone else). Asks the rectification service for the problem's tickets: 409 when it has none or when"
              + " a non-cancelled ticket is not VERIFIED (the open tickets are listed), 503 when"
              + " the rectification service cannot answer (nothing changes). Tickets learnt from"
              + " the rectification feed meanwhile are checked again under a lock; a ticket that"
              + " appears or reopens after the close moves the problem back to RECTIFYING.")
  public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    Problem p = closing.close(id, ifMatch);
    return Versions.withEtag(Response.Status.OK, p.version, ProblemView.of(p));
  }

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Roles.ADMIN)
  @APIResponse(
      responseCode = "200",
      description = "The problem, WITHDRAWN",
      content = @Content(schema = @Schema(implementation = ProblemView.class)))
  @Operation(
      operationId = "withdrawProblem",
      summary = "Withdraw a problem recorded in error",
      description =
          "A reason is required. Only an admin without a unit claim withdraws (403 for everyone"
              + " else). OPEN and"
              + " RECTIFYING"
              + " problems can be withdrawn; CLOSED or WITHDRAWN answers 409 with currentState"
              + " and allowedActions. The rectification service is asked for the problem's"
              + " tickets: while any is not CANCELLED the answer is 409 problem-has-tickets"
              + " naming them (cancel them first); 503 when it cannot answer. If-Match"
              + " honoured.")
  public Response withdraw(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid WithdrawInput input) {
    Problem p = closing.withdraw(id, input.reason(), ifMatch);
    return Versions.withEtag(Response.Status.OK, p.version, ProblemView.of(p));
  }

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listProblems",
      summary = "Problems, oldest first, with filters",
      description =
          "Oldest first, paginated with limit and cursor. status takes one state or several separated by commas.")
  public Uni<RestResponse<Page<ProblemView>>> list(
      @QueryParam("sourceId") String sourceId,
      @Parameter(description = "A category id; its sub-categories are included.")
          @QueryParam("category")
          String category,
      @QueryParam("status") String status,
      @Parameter(description = "Text the title or description contains (e.g. 党费).") @QueryParam("q")
          String q,
      @QueryParam("externalRef") String externalRef,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    QueryParams params = new QueryParams();
    ProblemFilter filter =
        new ProblemFilter(
            params.uuid("sourceId", sourceId),
            params.uuid("category", category),
            params.anyOf("status", status, Problem.Status.class),
            q,
            params.text(externalRef));
    params.check();
    PageRequest page = PageRequest.of(limit, cursor);
    // From memory while no problem changed (docs/decisions/0179); the same page for every caller.
    return reads.page("problem", null, List.of(filter, page), () -> queries.list(filter, page));
  }
}
