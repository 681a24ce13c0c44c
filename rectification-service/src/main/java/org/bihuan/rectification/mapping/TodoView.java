package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bihuan.rectification.Todo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A to-do (待办) as the API and the change feed show it. */
@Schema(name = "TodoView")
public record TodoView(
    @Schema(
            description =
                "Stable: the same ticket (or, for CLOSE, problem), kind, assignee and round always give"
                    + " the same id")
        UUID id,
    Todo.Kind kind,
    @Schema(example = "【整改】T-2026-0007 验收：组织专题学习，建立学习台账。") String title,
    Assignee assignee,
    @Schema(nullable = true, description = "null for a problem's CLOSE to-do") UUID ticketId,
    @Schema(
            nullable = true,
            description = "The ticket's first problem; for CLOSE, the problem to close")
        UUID problemId,
    @Schema(nullable = true) LocalDate dueDate,
    Todo.Status status,
    Instant openedAt,
    @Schema(nullable = true) Instant doneAt,
    @Schema(
            description =
                "The names of the people who hold the assignee role but must not act on this"
                    + " item (the ticket's parties for VERIFY; also the requester for"
                    + " DECIDE_EXTENSION), for display: who is left out is decided as the guards"
                    + " decide it, by directory identity and folded name, and a connector that"
                    + " fans a ROLE to-do out skips them the same way.")
        List<String> notFor,
    @Schema(description = "pc and h5 are null unless bihuan.todos.link-base-url is set")
        Links links) {

  /** Who must act: a person, a unit or a role ("verifier", "admin"). */
  @Schema(name = "TodoAssignee")
  public record Assignee(
      Todo.AssigneeType type,
      String name,
      @Schema(nullable = true, description = "The id in the OA directory; null until known")
          String externalId,
      @Schema(
              nullable = true,
              example = "zhangsan",
              description =
                  "A PERSON's OA login as the directory has it (GET /api/v1/directory/people/"
                      + "{externalId}): the receiver an OA to-do center expects; null when the"
                      + " directory does not know him")
          String login) {}

  /** Where the OA system sends the person: the ticket page for a desktop and for a phone. */
  @Schema(name = "TodoLinks")
  public record Links(@Schema(nullable = true) String pc, @Schema(nullable = true) String h5) {}

  /** The ticket's pages; a CLOSE to-do's are the problem's. */
  private static Links links(String base, Todo t) {
    String page = t.ticketId != null ? "tickets/" + t.ticketId : "problems/" + t.problemId;
    return new Links(base + "/" + page, base + "/h5/" + page);
  }

  /**
   * A ticket's pages for a desktop and a phone ({@code <base>/tickets/<id>}, {@code
   * <base>/h5/tickets/<id>}), both null without {@code bihuan.todos.link-base-url}.
   */
  public static Links ticketPages(Optional<String> linkBase, UUID ticketId) {
    return linkBase
        .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
        .map(b -> new Links(b + "/tickets/" + ticketId, b + "/h5/tickets/" + ticketId))
        .orElse(new Links(null, null));
  }

  public static TodoView of(Todo t, Optional<String> linkBase) {
    return of(t, linkBase, null);
  }

  /** The to-do with its assignee's OA {@code login} (null when unknown). */
  public static TodoView of(Todo t, Optional<String> linkBase, String login) {
    return new TodoView(
        t.id,
        t.kind,
        t.title,
        new Assignee(t.assigneeType, t.assigneeName, t.assigneeExternalId, login),
        t.ticketId,
        t.problemId,
        t.dueDate,
        t.status,
        t.openedAt,
        t.doneAt,
        t.notFor == null ? List.of() : List.of(t.notFor),
        linkBase
            .map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
            .map(b -> links(b, t))
            .orElse(new Links(null, null)));
  }
}
