package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.input.JsonOrNoBody;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.mapping.TicketView;
import org.bihuan.rectification.service.TicketService;
import org.bihuan.rectification.service.TicketWorkflow;
import org.bihuan.rectification.service.TicketWorkflow.Action;
import org.bihuan.rectification.service.WithdrawnProblems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workflow's transitions of a ticket (TicketWorkflow): start, submit, verify, reject, reopen,
 * cancel. Each takes an optional JSON body ({"comment"}) or none, whatever Content-Type a bare POST
 * carries.
 */
@Path("/api/v1/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@JsonOrNoBody
public class TicketTransitionResource {

  @Inject TicketService tickets;
  @Inject OrganisationClock clock;
  @Inject WithdrawnProblems withdrawnProblems;

  @POST
  @Path("/{id}/start")
  @RolesAllowed(Roles.REPORTER) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(
      responseCode = "200",
      description = "The ticket, IN_PROGRESS") // body: TicketContract
  @Operation(
      operationId = "startTicket",
      summary = "ASSIGNED → IN_PROGRESS",
      description =
          "Reporter of a responsible unit (or admin). Body {\"comment\"} optional and may be left out. If-Match honoured; an action the state does not allow answers 409 with currentState and allowedActions.")
  public Response start(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.START, ifMatch, body);
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed(Roles.REPORTER) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(responseCode = "200", description = "The ticket, SUBMITTED") // body: TicketContract
  @Operation(
      operationId = "submitTicket",
      summary = "IN_PROGRESS → SUBMITTED (申请销号); needs a progress report or evidence",
      description =
          "Reporter of a responsible unit (or admin). Needs at least one progress report or evidence file (else 409 nothing-to-submit). Sets submittedAt.")
  public Response submit(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.SUBMIT, ifMatch, body);
  }

  @POST
  @Path("/{id}/verify")
  @RolesAllowed(Roles.VERIFIER) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(responseCode = "200", description = "The ticket, VERIFIED") // body: TicketContract
  @Operation(
      operationId = "verifyTicket",
      summary = "SUBMITTED → VERIFIED (验收销号); a verifier other than the responsible person",
      description =
          "Verifier (or admin) who does not answer for the ticket's current round: not its"
              + " responsible person now or earlier in the round, not its submitter (subject and"
              + " display name, names compared after NFKC, without spaces or zero-width"
              + " characters, 繁→简; else 403). A comment is required. 409 problem-withdrawn when"
              + " a problem of the ticket was withdrawn.")
  public Response verify(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.VERIFY, ifMatch, body);
  }

  @POST
  @Path("/{id}/reject")
  @RolesAllowed(Roles.VERIFIER) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(
      responseCode = "200",
      description = "The ticket, back IN_PROGRESS") // body: TicketContract
  @Operation(
      operationId = "rejectTicket",
      summary = "SUBMITTED → IN_PROGRESS (退回), with a reason",
      description =
          "Verifier (or admin) who does not answer for the ticket's current round (as for"
              + " verify); the reason is required as comment. The ticket goes back to"
              + " IN_PROGRESS.")
  public Response reject(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.REJECT, ifMatch, body);
  }

  @POST
  @Path("/{id}/reopen")
  @RolesAllowed(Roles.VERIFIER) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(
      responseCode = "200",
      description = "The ticket, back IN_PROGRESS") // body: TicketContract
  @Operation(
      operationId = "reopenTicket",
      summary = "VERIFIED → IN_PROGRESS (回头看), with a reason",
      description =
          "Verifier (or admin); the reason is required as comment. A VERIFIED ticket goes back to IN_PROGRESS and verifiedAt is cleared.")
  public Response reopen(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.REOPEN, ifMatch, body);
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.VERIFIER, Roles.ADMIN}) // = TicketWorkflow.rolesFor (TransitionRolesTest)
  @APIResponse(responseCode = "200", description = "The ticket, CANCELLED") // body: TicketContract
  @Operation(
      operationId = "cancelTicket",
      summary = "Any state but VERIFIED → CANCELLED (撤销), with a reason; verifier or admin",
      description =
          "Verifier or admin who does not answer for the ticket (not its responsible person, now or"
              + " earlier, nor a submitter: 403); the reason is required as comment. Allowed from"
              + " ASSIGNED, IN_PROGRESS and SUBMITTED; CANCELLED is final.")
  public Response cancel(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid CommentInput body) {
    return transition(id, Action.CANCEL, ifMatch, body);
  }

  /** The body ({"comment": "..."}) may be left out when the action needs no comment. */
  private Response transition(UUID id, Action action, String ifMatch, CommentInput body) {
    // Read before the transaction: problem-service is asked only while the ticket's links are
    // unconfirmed (docs/decisions/0274), and never inside the transaction (0023).
    WithdrawnProblems.Standing problems =
        TicketWorkflow.needsProblemStatus(action) ? withdrawnProblems.of(id) : null;
    TicketView t =
        tickets.transition(id, action, body == null ? null : body.comment(), ifMatch, problems);
    return Versions.withEtag(Response.Status.OK, t.version(), clock.today(), t);
  }
}
