package org.bihuan.rectification.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.bihuan.platform.auth.CallsService;
import org.bihuan.platform.auth.OutgoingAuthorization;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** problem-service, as far as this service reads it. URL: quarkus.rest-client.problems.url. */
@RegisterRestClient(configKey = "problems")
@RegisterProvider(OutgoingAuthorization.class)
@CallsService("problem-service")
@Path("/api/v1/problems")
@Produces(MediaType.APPLICATION_JSON)
public interface ProblemsApi {

  @GET
  @Path("/{id}")
  ProblemView get(@PathParam("id") UUID id);
}
