package org.bihuan.platform.http;

import io.quarkus.arc.Unremovable;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * How many large bodies (uploads, {@link LargeBody}) a service reads at once: each may be held in
 * memory while it is checked and stored, so many at once exhaust the heap. A request beyond the
 * limit is refused at once with 503 and Retry-After, before its body is read, rather than queued (a
 * queue of uploads is itself memory). The permit is given back when the answer is sent or the
 * connection closes, whichever comes first, so a client that hangs up mid-upload does not keep it.
 *
 * <p>Only the methods marked get the gate (a dynamic feature puts it on them), so no other request
 * pays for it.
 */
@Provider
public class LargeBodies implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    if (resourceInfo.getResourceMethod() != null
        && resourceInfo.getResourceMethod().isAnnotationPresent(LargeBody.class)) {
      context.register(Gate.class);
    }
  }

  /**
   * The permits: {@code bihuan.uploads.max-concurrent} (4 by default). Only looked up, never
   * injected, hence unremovable.
   */
  @ApplicationScoped
  @Unremovable
  public static class Permits {

    private final Semaphore permits;
    private final int limit;

    @Inject
    public Permits(
        @ConfigProperty(name = "bihuan.uploads.max-concurrent", defaultValue = "4") int limit) {
      this.limit = Math.max(1, limit);
      this.permits = new Semaphore(this.limit);
    }

    /** Takes a permit, or refuses (503) when all are taken. */
    Runnable acquire() {
      if (!permits.tryAcquire()) {
        throw new ApiProblem(
                503,
                "uploads-busy",
                "Service unavailable",
                limit
                    + " uploads are being received right now, the most this service takes at"
                    + " once; send this one again in a few seconds.",
                null)
            .header("Retry-After", "5");
      }
      AtomicBoolean released = new AtomicBoolean();
      return () -> {
        if (released.compareAndSet(false, true)) {
          permits.release();
        }
      };
    }

    /** Permits free now. */
    public int available() {
      return permits.availablePermits();
    }
  }

  /**
   * Takes a permit before the body is read. Created by RESTEasy, not CDI (a class registered by a
   * dynamic feature), so the permits are looked up.
   */
  public static class Gate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      Runnable release = CDI.current().select(Permits.class).get().acquire();
      try {
        ServerRequestContext context =
            ((ResteasyReactiveContainerRequestContext) request).getServerRequestContext();
        context.registerCompletionCallback(failure -> release.run());
        RoutingContext routing =
            context instanceof ResteasyReactiveRequestContext rr
                ? rr.serverRequest().unwrap(RoutingContext.class)
                : null;
        if (routing != null) {
          routing.addEndHandler(ended -> release.run()); // also when the connection closes
        }
      } catch (RuntimeException e) {
        release.run();
        throw e;
      }
    }
  }
}
