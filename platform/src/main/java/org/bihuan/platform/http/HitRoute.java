package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.bihuan.platform.auth.KnownCallers;
import org.bihuan.platform.input.ParameterTextFilter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A GET of one resource answered from memory before Quarkus REST (docs/decisions/0302): a Vert.x
 * route in front of the resource method that gives the answer {@link AnswerCache#fromMemory} holds
 * — the same status, headers and bytes — without Quarkus REST's chain, its security pipeline, the
 * CDI request scope and Mutiny, which cost a hit more than twice a health check.
 *
 * <p>It answers only when the normal way would certainly answer the same: a GET of exactly {@code
 * <path>/<id>} (no query, no body, no Content-Type or Content-Encoding), that asks for what the
 * method produces (no Accept, {@code *}{@code /*} or the produced type) and has no If-Match, whose
 * target and headers {@link ParameterTextFilter} lets through as sent, whose caller {@link
 * KnownCallers} knows to be admitted by the method's {@code RolesAllowed} (read from the method,
 * the one list), and whose answer is in memory and valid for its If-None-Match and Cache-Control.
 * Any other request — a 401, a 403, a miss, a HEAD, a query — is handed on ({@code next()}) to the
 * resource method, which judges it as it did. No rule is decided here: each is asked of the class
 * that holds it for the normal way.
 */
@ApplicationScoped
public class HitRoute {

  @Inject AnswerCache answers;
  @Inject KnownCallers callers;

  private final LongAdder answered = new LongAdder();

  /**
   * Answers hits of {@code get} — a {@code GET} method at {@code /{id}} of a resource class with a
   * {@code Path}, {@code RolesAllowed} and {@code Produces} — whose answers {@link AnswerCache}
   * keeps as {@code resourceType}.
   */
  public void register(Router router, String resourceType, Method get) {
    Path base = get.getDeclaringClass().getAnnotation(Path.class);
    Path item = get.getAnnotation(Path.class);
    RolesAllowed roles = get.getAnnotation(RolesAllowed.class);
    Produces produces = get.getAnnotation(Produces.class);
    if (produces == null) {
      produces = get.getDeclaringClass().getAnnotation(Produces.class);
    }
    if (!get.isAnnotationPresent(GET.class)
        || base == null
        || item == null
        || !item.value().equals("/{id}")
        || roles == null
        || produces == null
        || produces.value().length != 1) {
      throw new IllegalStateException(get + " is not a GET of one resource at /{id}");
    }
    Route route = new Route(resourceType, base.value() + "/", roles.value(), produces.value()[0]);
    router
        .get(route.prefix() + ":id")
        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
        .handler(rc -> answer(rc, route));
  }

  /** How many answers were given here, before Quarkus REST, since the start. */
  public long answered() {
    return answered.sum();
  }

  private record Route(String resourceType, String prefix, String[] roles, String produces) {}

  private void answer(RoutingContext rc, Route route) {
    RestResponse<byte[]> hit = hit(rc.request(), route);
    if (hit == null) {
      rc.next();
      return;
    }
    answered.increment();
    send(rc.response(), hit);
  }

  /** The answer in memory when the request is certainly answered by it, else null. */
  private RestResponse<byte[]> hit(HttpServerRequest request, Route route) {
    String path = request.path();
    if (!request.uri().equals(path) || !path.startsWith(route.prefix())) {
      return null; // a query, an absolute target
    }
    String id = path.substring(route.prefix().length());
    MultiMap headers = request.headers();
    if (id.isEmpty()
        || id.indexOf('/') >= 0
        || headers.contains(HttpHeaderNames.CONTENT_LENGTH)
        || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
        || headers.contains(HttpHeaderNames.CONTENT_TYPE)
        || headers.contains(HttpHeaderNames.CONTENT_ENCODING)
        || headers.contains(HttpHeaderNames.IF_MATCH)
        || !asksFor(headers.getAll(HttpHeaderNames.ACCEPT), route.produces())
        || !ParameterTextFilter.passesAsSent(request)
        || !callers.admitted(headers.getAll(HttpHeaderNames.AUTHORIZATION), route.roles())) {
      return null;
    }
    // The key is the id as sent: one that is not the canonical form of the resource's id is no key
    // and goes the normal way.
    return answers.fromMemory(
        route.resourceType(), id, Conditions.of(name -> joined(headers.getAll(name))));
  }

  /** No Accept, any type, or exactly the produced one. */
  private static boolean asksFor(List<String> accept, String produced) {
    return accept.isEmpty()
        || (accept.size() == 1 && (accept.get(0).equals("*/*") || accept.get(0).equals(produced)));
  }

  /** Every value of a header, joined by commas, as JAX-RS gives it; null when absent. */
  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  /** As Quarkus REST sends it: the length first, then the answer's headers, then the body. */
  private static void send(HttpServerResponse out, RestResponse<byte[]> answer) {
    out.setStatusCode(answer.getStatus());
    byte[] body = answer.getEntity();
    if (body != null) {
      out.putHeader(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
    }
    answer.getStringHeaders().forEach(out::putHeader);
    if (body == null) {
      out.end();
    } else {
      out.end(Buffer.buffer(body));
    }
  }
}
