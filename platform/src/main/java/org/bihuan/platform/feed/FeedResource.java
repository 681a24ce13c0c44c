package org.bihuan.platform.feed;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.auth.ServiceCallers;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.input.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@IfBuildProperty(name = "bihuan.feed.enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/events")
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final int MAX_WAIT_SECONDS = 30;

  @Inject FeedReader reader;

  @GET
  @RolesAllowed({Roles.VIEWER, Roles.SERVICE})
  @ServiceCallers("bihuan.feed.readers")
  @Operation(
      operationId = "listEvents",
      summary = "Committed changes after a position, in order",
      description =
          "Ask with after=<the last position you saw>; every committed change is returned exactly"
              + " once, in order. With wait=<seconds> the call waits up to that long for a change."
              + " To follow from now, start from GET /api/v1/events/head. An `after` beyond the"
              + " feed's last position (a cursor from another database, e.g. across a restore) is"
              + " answered 409 feed-position-ahead with the current `head`; nothing is ever"
              + " removed from the feed, so there is no lower limit.")
  @APIResponse(
      responseCode = "200",
      description = "The events after the position (possibly none)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FeedPage.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "after is beyond the feed's last position: restart from GET /api/v1/events/head or 0",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/ProblemDetails")))
  public Uni<FeedPage> events(
      @Parameter(
              description = "Return events with a position greater than this (default 0).",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("after")
          String after,
      @Parameter(
              description = "At most this many events (default 100, at most 1000).",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "Wait up to this many seconds (at most 30) when nothing is new.",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("wait")
          String wait,
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
    refuseOtherParameters(uri);
    QueryParams q = new QueryParams();
    long from = q.wholeNumber("after", after, 0, 0, Long.MAX_VALUE);
    int n = (int) q.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    long seconds = q.wholeNumber("wait", wait, 0, 0, MAX_WAIT_SECONDS);
    q.check();
    return reader.follow(from, n, seconds * 1000);
  }

  @GET
  @Path("/head")
  @RolesAllowed(Roles.VIEWER)
  @Operation(
      operationId = "getEventsHead",
      summary = "The feed's last position: where to start following from now",
      description =
          "Answers {\"position\": n}, the position of the last committed change (0 when there is"
              + " none). Ask GET /api/v1/events?after=n to receive only changes committed from now"
              + " on. A cursor beyond this position is refused with 409 feed-position-ahead.")
  public FeedHead head() {
    return new FeedHead(reader.lastPosition());
  }

  /**
   * The feed takes after, limit and wait, once each. Anything else would be ignored and the read
   * start from 0 (a client sending cursor= as on the lists re-read the whole feed), so it is
   * refused.
   */
  private static void refuseOtherParameters(jakarta.ws.rs.core.UriInfo uri) {
    List<FieldError> errors = new java.util.ArrayList<>();
    uri.getQueryParameters()
        .forEach(
            (name, values) -> {
              if (!List.of("after", "limit", "wait").contains(name)) {
                errors.add(
                    new FieldError(
                        name,
                        "is not a parameter of the feed, which takes after (the position of the"
                            + " last event processed), limit and wait"
                            + (name.equals("cursor")
                                ? "; the feed is walked with after=<next>, not cursor"
                                : "")));
              } else if (values.size() > 1) {
                errors.add(
                    new FieldError(name, "is given " + values.size() + " times; give it once"));
              }
            });
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors.get(0).field() + " " + errors.get(0).message(), errors);
    }
  }
}
