package org.bihuan.problem.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The rectification service's answer to a withdrawal: a problem's tickets once no ticket is being
 * created for it (docs/decisions/0246). A client of its own for its longer read timeout (the
 * rectification service may wait up to its {@code bihuan.tickets.withdrawal-wait}).
 */
@RegisterRestClient(configKey = "rectification-withdrawal")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("rectification-service")
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
public interface WithdrawalChecksApi {

  /** Called with {@code waitForCreations=true}. */
  @GET
  TicketPage settled(
      @QueryParam("problemId") UUID problemId,
      @QueryParam("waitForCreations") boolean waitForCreations);
}
