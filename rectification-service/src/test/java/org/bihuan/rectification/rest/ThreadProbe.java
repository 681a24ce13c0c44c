package org.bihuan.rectification.rest;

import io.vertx.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * Notes, for a request that carries {@code Thread-Probe: <name>}, whether its answer was finished
 * on a Vert.x I/O thread (true) or on a worker thread (false), and the writer Quarkus REST chose
 * for its body when the route was built (none: looked up for the answer).
 */
public class ThreadProbe {

  static final String HEADER = "Thread-Probe";
  static final Map<String, Boolean> ON_IO_THREAD = new ConcurrentHashMap<>();
  static final Map<String, String> ENTITY_WRITER = new ConcurrentHashMap<>();

  @ServerResponseFilter
  public void note(ContainerRequestContext request) {
    String name = request.getHeaderString(HEADER);
    if (name != null) {
      var writer = CurrentRequestManager.get().getEntityWriter();
      ENTITY_WRITER.put(name, writer == null ? "none" : writer.getClass().getSimpleName());
      ON_IO_THREAD.put(name, Context.isOnEventLoopThread());
    }
  }
}
