package org.bihuan.problem.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.bihuan.platform.http.HitRoute;

/** A problem in memory is answered before Quarkus REST (docs/decisions/0302). */
@ApplicationScoped
public class ProblemHits {

  void route(@Observes Router router, HitRoute hits) throws NoSuchMethodException {
    hits.register(
        router, ProblemResource.ANSWERS, ProblemResource.class.getMethod("get", UUID.class));
  }
}
