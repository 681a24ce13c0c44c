package org.bihuan.rectification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.bihuan.platform.feed.follow.FollowedEvent;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * problem-service's change feed (GET /api/v1/events). URL: quarkus.rest-client.problem-feed.url.
 */
@RegisterRestClient(configKey = "problem-feed")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("problem-service")
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public interface ProblemFeedApi {

  /** Events after a position; with wait the service holds an empty answer up to that long. */
  @GET
  Page events(
      @QueryParam("after") long after,
      @QueryParam("limit") int limit,
      @QueryParam("wait") int waitSeconds);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(List<Event> events, long next) {

    public List<Event> eventsOrEmpty() {
      return events == null ? List.of() : events;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(long position, String type, String resourceType, String resourceId, JsonNode data)
      implements FollowedEvent {}
}
