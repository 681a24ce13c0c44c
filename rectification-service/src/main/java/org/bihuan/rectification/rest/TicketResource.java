package org.bihuan.rectification.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.http.AnswerCache;
import org.bihuan.platform.http.CachedReads;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.client.ProblemView;
import org.bihuan.rectification.mapping.HistoryView;
import org.bihuan.rectification.mapping.TicketInput;
import org.bihuan.rectification.mapping.TicketView;
import org.bihuan.rectification.service.ProblemCheck;
import org.bihuan.rectification.service.TicketCreation;
import org.bihuan.rectification.service.TicketFilter;
import org.bihuan.rectification.service.TicketInputRules;
import org.bihuan.rectification.service.TicketQueries;
import org.bihuan.rectification.service.TicketService;
import org.bihuan.rectification.service.WithdrawalRecheck;
import org.bihuan.rectification.service.WithdrawalTickets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

  /**
   * What {@link AnswerCache} keeps this resource's answers as: a hit of {@link #get} is answered
   * before Quarkus REST by {@link org.bihuan.platform.http.HitRoute} (docs/decisions/0302).
   */
  static final String ANSWERS = "ticket";

  @Inject WithdrawalTickets withdrawals;

  @Inject TicketService tickets;
  @Inject TicketCreation creation;
  @Inject TicketQueries queries;
  @Inject CachedReads reads;
  @Inject OrganisationClock clock;
  @Inject ProblemCheck problems;
  @Inject WithdrawalRecheck recheck;

  // ---- tickets

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.VERIFIER})
  @APIResponse(
      responseCode = "201",
      description = "The ticket created; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketView.class),
              examples =
                  @ExampleObject(name = "T-2024-0001", value = ContractExamples.TICKET_VIEW)))
  @Operation(
      operationId = "createTicket",
      summary = "Create a ticket for one or more problems",
      description =
          "Each problem is checked in problem-service: unknown → 422, problem-service unreachable"
              + " → 503; in both cases nothing is written; a problem being withdrawn → 409"
              + " problem-being-withdrawn. After the ticket is written its problems are asked"
              + " again: one whose withdrawal started meanwhile is asked about until that"
              + " withdrawal decides (it waited for this ticket and is refused; the answer is"
              + " 201); if one was withdrawn meanwhile, the ticket is cancelled by the system and"
              + " the answer is 409 problem-withdrawn (503 if problem-service cannot be asked"
              + " again). A second ticket with the same"
              + " externalRef → 409 with the existing ticket's Location.")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = TicketInput.class),
                      examples =
                          @ExampleObject(name = "理论学习", value = ContractExamples.TICKET_INPUT)))
          @NotNull
          @Valid
          TicketInput input) {
    List<FieldError> errors = new ArrayList<>(TicketInputRules.crossFieldErrors(input, ""));
    TicketInputRules.deadlineInRange(input, "", clock.today(), errors);
    TicketInputRules.requireValid(errors);
    TicketView t = creation.create(input, checked(input.problemIds(), input.problemIds()));
    recheck.confirm(List.of(t));
    return Versions.created("/api/v1/tickets/" + t.id(), t.version(), clock.today(), t);
  }

  @POST
  @Path("/batch")
  @RolesAllowed({Roles.REPORTER, Roles.VERIFIER})
  @APIResponse(
      responseCode = "201",
      description = "Something was created: every item's ticket, in input order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketBatchView.class),
              examples = @ExampleObject(name = "整改方案", value = ContractExamples.BATCH_VIEW)))
  @APIResponse(
      responseCode = "200",
      description =
          "Every item named an existing ticket with the same content: those tickets, nothing created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketBatchView.class)))
  @Operation(
      operationId = "createTicketBatch",
      summary = "Create up to 500 tickets, all or nothing, idempotently by externalRef",
      description =
          "201 {tickets} in input order when anything was created. Items whose externalRef"
              + " already names a ticket created from the same content are answered with that"
              + " ticket and not created again (problemIds and units compared as sets, in any"
              + " order); when every item is such, the answer is 200. An externalRef that names"
              + " a ticket with different content refuses the batch (409).")
  public Response createBatch(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = TicketBatchInput.class),
                      examples =
                          @ExampleObject(name = "整改方案", value = ContractExamples.BATCH_INPUT)))
          @NotNull
          @Valid
          TicketBatchInput input) {
    List<TicketInput> items = input.tickets();
    TicketInputRules.requireValid(TicketInputRules.batchErrors(items, clock.today()));
    Map<UUID, List<String>> where = TicketInputRules.problemFields(items);
    TicketCreation.BatchOutcome outcome =
        creation.createBatch(items, () -> problems.resolve(where.keySet(), where::get));
    recheck.confirm(outcome.tickets());
    return Response.status(outcome.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
        .entity(new TicketBatchView(outcome.tickets()))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.VIEWER)
  @APIResponse(
      responseCode = "200",
      description = "The ticket",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketView.class)))
  @Operation(
      operationId = "getTicket",
      summary = "One ticket with its figures as of today",
      description =
          "The agreed ticket view; overdue, dueSoon, stale and light are computed for today in the"
              + " organisation's time zone (docs/decisions/0021). ETag = version@date the figures"
              + " are for (\"3@2024-06-01\"), so it changes at midnight as well as on a write;"
              + " If-None-Match with the current ETag gives 304. As If-Match only the version"
              + " counts.")
  public Uni<RestResponse<byte[]>> get(@PathParam("id") UUID id) {
    // From memory while unchanged (docs/decisions/0174), on the I/O thread; a miss on a worker
    // (docs/decisions/0279). The kept JSON bytes: a writer chosen once (docs/decisions/0293).
    return reads.get(
        ANSWERS,
        id,
        () -> {
          TicketQueries.Read t = queries.get(id);
          return new AnswerCache.Fresh(t.version(), t.asOf(), t.view());
        });
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.REPORTER, Roles.VERIFIER})
  @APIResponse(
      responseCode = "200",
      description = "The ticket after the change",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TicketView.class)))
  @Operation(
      operationId = "updateTicket",
      summary = "Replace a ticket's fields (If-Match honoured)",
      description =
          "Same shape as creation. VERIFIED and CANCELLED tickets are not edited (409); a"
              + " SUBMITTED one only changes its externalRef until a verifier rejects it (409"
              + " ticket-under-review). An externalRef left out is kept; another ticket's is a"
              + " 409 with that ticket's Location. Timing and deadline move only through an approved"
              + " extension: an admin may correct them while the ticket is ASSIGNED, not overdue"
              + " and without an extension (403 for others, 409 deadline-fixed otherwise). Only"
              + " an admin changes problemIds (403 for others). The"
              + " history entry lists each changed field with its old and new value. A problem"
              + " of the ticket withdrawn while the edit was under way (the system cancelled the"
              + " ticket or took the problem off it) → 409 problem-withdrawn with problemIds and"
              + " currentState; nothing is changed.")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid TicketInput input) {
    TicketInputRules.requireValid(TicketInputRules.crossFieldErrors(input, ""));
    TicketQueries.Linked read = queries.linked(id);
    Set<UUID> known = read.problems();
    problems.refuseEditWhileWithdrawing(known);
    List<UUID> fresh = input.problemIds().stream().filter(p -> !known.contains(p)).toList();
    TicketView t =
        tickets.update(id, input, fresh, checked(fresh, input.problemIds()), ifMatch, read);
    if (!fresh.isEmpty()) {
      recheck.confirm(List.of(t)); // a problem linked now is asked about again, as on creation
    }
    return Versions.withEtag(Response.Status.OK, t.version(), clock.today(), t);
  }

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listTickets",
      summary = "Tickets, oldest first, filtered",
      description =
          "overdue and light are evaluated for today in the organisation's time zone with the"
              + " same rules as the ticket view. dueBefore: effective deadline strictly before"
              + " the date.")
  public Uni<RestResponse<Page<TicketView>>> list(
      @Parameter(description = "One state or several separated by commas") @QueryParam("status")
          String status,
      @Parameter(description = "A responsible unit's name") @QueryParam("unit") String unit,
      @Parameter(description = "The responsible person") @QueryParam("person") String person,
      @Parameter(description = "The leader in charge") @QueryParam("leader") String leader,
      @QueryParam("problemId") String problemId,
      @QueryParam("sourceId") String sourceId,
      @Parameter(description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("overdue")
          String overdue,
      @Parameter(description = "RED, YELLOW or GREEN") @QueryParam("light") String light,
      @Parameter(description = "YYYY-MM-DD") @QueryParam("dueBefore") String dueBefore,
      @QueryParam("externalRef") String externalRef,
      @Parameter(
              description =
                  "Only these tickets: up to 500 ids separated by commas (400 beyond); unknown"
                      + " ids are simply absent. Without limit the page holds them all. The way to"
                      + " poll the status of many tickets in one request.")
          @QueryParam("ids")
          String ids,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor,
      @Parameter(
              description = "true with problemId alone: a withdrawal's question (0246)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("waitForCreations")
          String waitForCreations,
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
    if (waitForCreations != null) {
      var query = uri.getQueryParameters();
      return reads.blocking(() -> RestResponse.ok(withdrawals.settled(waitForCreations, query)));
    }
    TicketFilter filter =
        TicketFilter.parse(
            status,
            unit,
            person,
            leader,
            problemId,
            sourceId,
            overdue,
            light,
            dueBefore,
            externalRef,
            ids);
    PageRequest page =
        PageRequest.of(
            limit == null && filter.ids() != null ? Integer.valueOf(TicketFilter.MAX_IDS) : limit,
            cursor);
    // From memory while no ticket changed, for the day the figures are for (docs/decisions/0179).
    // The page is the same for every caller: a ticket's view has nothing per caller.
    return reads.page(
        "ticket", clock.today(), List.of(filter, page), () -> queries.list(filter, page));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "ticketHistory",
      summary = "Every change of a ticket, oldest first (paginated like every list)",
      description =
          "Who (subject and display name), when, action, from, to and comment of every change: creation, transitions, edits, progress, evidence, extension requests and decisions. Entries are never changed or deleted.")
  public Page<HistoryView> history(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return queries.history(id, PageRequest.of(limit, cursor));
  }

  /** Checks {@code ids} (of {@code given}) where the write holds their link locks (0246). */
  private Supplier<Map<UUID, ProblemView>> checked(List<UUID> ids, List<UUID> given) {
    return () -> ids.isEmpty() ? Map.of() : problems.resolve(ids, p -> fieldsOf(given, p, ""));
  }

  private static List<String> fieldsOf(List<UUID> ids, UUID id, String prefix) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).equals(id)) {
        fields.add(prefix + "problemIds[" + i + "]");
      }
    }
    return fields;
  }
}
