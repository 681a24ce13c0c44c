package org.bihuan.rectification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.rectification.mapping.TodoView;
import org.bihuan.rectification.service.TodoQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 待办: who must act next on which ticket (DOMAIN.md "Who must act next"). */
@Path("/api/v1/todos")
@Tag(name = "To-dos")
@Produces(MediaType.APPLICATION_JSON)
public class TodoResource {

  @Inject TodoQueries todos;

  @GET
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "listTodos",
      summary = "To-dos (待办), oldest first, filtered",
      description =
          "Opened and closed in the same transaction as the ticket change that calls for them;"
              + " each change is also a feed event todo.opened / todo.updated / todo.done. Verifiers, admins and"
              + " callers bound to no unit see every to-do; a caller bound to a unit sees the"
              + " START, REPORT and SUBMIT to-dos that fall to his unit or to the responsible"
              + " person of a ticket his unit answers for (not another responsible unit's, not a"
              + " co-responsible unit's), and the SUPERVISE to-dos that name him on any ticket."
              + " Nobody sees a to-do whose action the guards would refuse him (VERIFY,"
              + " DECIDE_EXTENSION: the ticket's parties, compared by the directory people his"
              + " token's claims name and by folded names).")
  public Page<TodoView> list(
      @Parameter(
              description =
                  "A person's or unit's name (compared folded: width, case, blanks, 繁简) or"
                      + " externalId, a person's OA login (compared by its key), or a role"
                      + " (verifier) for the to-dos of a role")
          @QueryParam("assignee")
          String assignee,
      @Parameter(description = "OPEN, DONE or CANCELLED; several separated by commas")
          @QueryParam("status")
          String status,
      @Parameter(description = "START, REPORT, SUBMIT, VERIFY, DECIDE_EXTENSION, SUPERVISE, CLOSE")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "Only the to-dos of this ticket") @QueryParam("ticketId")
          String ticketId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    return todos.list(
        TodoQueries.Filter.parse(assignee, status, kind, ticketId), PageRequest.of(limit, cursor));
  }
}
