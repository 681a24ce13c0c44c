package org.bihuan.rectification.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** problem-service, as far as this service reads it. URL: quarkus.rest-client.problems.url. */
@RegisterRestClient(configKey = "problems")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("problem-service")
@Path("/api/v1/problems")
@Produces(MediaType.APPLICATION_JSON)
public interface ProblemsApi {

  /**
   * Always from problem-service's database, never from its answers in memory: the withdrawal mark
   * that the question after a ticket's commit looks for is announced by no event (0117, 0174).
   */
  @GET
  @Path("/{id}")
  @ClientHeaderParam(name = "Cache-Control", value = "no-cache")
  ProblemView get(@PathParam("id") UUID id);
}
