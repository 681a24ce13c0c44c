package org.bihuan.rectification.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a transition or an extension decision: {"comment": "..."}. */
public record CommentInput(
    @Size(max = MAX_LENGTH) @Schema(example = "已完成整改，佐证材料已上传") String comment) {

  public static final int MAX_LENGTH = 4000;

  /**
   * The body of the actions that need a reason (verify, reject, reopen, cancel, refusing an
   * extension) as the contract shows it: the same member, required and not blank. It is read as a
   * {@link CommentInput} all the same, so that a missing reason is told after the caller's role and
   * the ticket's state (TicketWorkflow.decide: 403, then 409, then 400 naming comment).
   */
  @Schema(name = "ReasonInput")
  public record Reason(
      @Schema(required = true, minLength = 1, maxLength = MAX_LENGTH, example = "整改材料不全，请补充会议纪要")
          String comment) {}
}
