package org.bihuan.rectification.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.bihuan.platform.http.HitRoute;

/** A ticket in memory is answered before Quarkus REST (docs/decisions/0302). */
@ApplicationScoped
public class TicketHits {

  void route(@Observes Router router, HitRoute hits) throws NoSuchMethodException {
    hits.register(
        router, TicketResource.ANSWERS, TicketResource.class.getMethod("get", UUID.class));
  }
}
