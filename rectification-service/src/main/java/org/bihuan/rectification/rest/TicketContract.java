package org.bihuan.rectification.rest;

import java.util.Map;
import org.bihuan.platform.openapi.ContractConventions;
import org.bihuan.rectification.service.TicketWorkflow;
import org.bihuan.rectification.service.TicketWorkflow.Action;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The contract conventions of every service, plus what the ticket's operations share, written once
 * here instead of in each operation's annotations (docs/decisions/0208): the {@code Ticket-ETag}
 * header on each answer marked {@value #TICKET_ETAG}, and for each transition of {@link
 * TicketWorkflow} its {@code {"comment"}} body (required where the workflow requires a comment) and
 * the ticket as the body of its 200 answer.
 */
public class TicketContract extends ContractConventions {

  /** Marks an answer (an {@code extensions} entry) that carries the {@code Ticket-ETag} header. */
  public static final String TICKET_ETAG = "x-ticket-etag";

  private static final String TRANSITIONS = "/api/v1/tickets/{id}/";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    super.filterOpenAPI(api);
    if (api.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
      for (Operation op : path.getValue().getOperations().values()) {
        if (op.getResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(TicketContract::ticketEtag);
        }
      }
      for (Action a : Action.values()) {
        Operation post = path.getValue().getPOST();
        if (path.getKey().equals(TRANSITIONS + a.path()) && post != null) {
          transition(post, TicketWorkflow.needsComment(a));
        }
      }
    }
  }

  private static void ticketEtag(APIResponse response) {
    if (response.getExtensions() == null || !response.hasExtension(TICKET_ETAG)) {
      return;
    }
    response.removeExtension(TICKET_ETAG);
    // The document lists a response's headers before its content, as the annotations gave them.
    Content content = response.getContent();
    response.setContent(null);
    response.addHeader(
        TicketEtag.HEADER,
        OASFactory.createHeader()
            .description(TicketEtag.DESCRIPTION)
            .schema(
                OASFactory.createSchema()
                    .addType(
                        org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    response.setContent(content);
  }

  private static void transition(Operation op, boolean commentRequired) {
    op.setRequestBody(
        OASFactory.createRequestBody()
            .description(
                commentRequired
                    ? "{\"comment\"}: the reason, required."
                    : "Optional; {\"comment\"} may be given or the body left out.")
            .content(json(commentRequired ? "ReasonInput" : "CommentInput"))
            .required(commentRequired));
    APIResponse ok = op.getResponses().getAPIResponse("200");
    ok.setContent(json("TicketView"));
  }

  private static Content json(String schema) {
    return OASFactory.createContent()
        .addMediaType(
            "application/json",
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
  }
}
