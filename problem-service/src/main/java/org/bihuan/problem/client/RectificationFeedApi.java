package org.bihuan.problem.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.bihuan.platform.feed.follow.ReceivedPage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The rectification service's change feed (GET /api/v1/events). */
@RegisterRestClient(configKey = "rectification-feed")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("rectification-service")
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public interface RectificationFeedApi {

  /** Events after a position; with wait the service holds an empty answer up to that long. */
  @GET
  ReceivedPage events(
      @QueryParam("after") long after,
      @QueryParam("limit") int limit,
      @QueryParam("wait") int waitSeconds);
}
