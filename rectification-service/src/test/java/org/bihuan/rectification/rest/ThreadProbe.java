package org.bihuan.rectification.rest;

import io.vertx.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Notes, for a request that carries {@code Thread-Probe: <name>}, whether its answer was finished
 * on a Vert.x I/O thread (true) or on a worker thread (false).
 */
public class ThreadProbe {

  static final String HEADER = "Thread-Probe";
  static final Map<String, Boolean> ON_IO_THREAD = new ConcurrentHashMap<>();

  @ServerResponseFilter
  public void note(ContainerRequestContext request) {
    String name = request.getHeaderString(HEADER);
    if (name != null) {
      ON_IO_THREAD.put(name, Context.isOnEventLoopThread());
    }
  }
}
