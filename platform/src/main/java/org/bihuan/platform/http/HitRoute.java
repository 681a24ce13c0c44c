package org.bihuan.platform.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.bihuan.platform.auth.KnownCallers;
import org.bihuan.platform.input.ParameterTextFilter;
import org.bihuan.platform.input.QueryParameterTypes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A GET of one resource answered from memory before Quarkus REST (docs/decisions/0302): a Vert.x
 * route in front of the resource method that gives the answer {@link AnswerCache#fromMemory} holds
 * — the same status, headers and bytes — without Quarkus REST's chain, its security pipeline, the
 * CDI request scope and Mutiny, which cost a hit more than twice a health check.
 *
 * <p>It answers only when the normal way would certainly answer the same: a GET of exactly {@code
 * <path>/<id>} (no query, no body — a Content-Length of 0 is none —, no Content-Type or
 * Content-Encoding), that asks for what the method produces (no Accept, {@code *}{@code /*} or the
 * produced type) and has no If-Match, whose target and headers {@link ParameterTextFilter} lets
 * through as sent, whose caller {@link KnownCallers} knows to be admitted by the method's {@code
 * RolesAllowed} (read from the method, the one list), and whose answer is in memory and valid for
 * its If-None-Match and Cache-Control — looked up again once {@link AnswerCache#whenCurrent} has
 * brought the commits acknowledged before the request (docs/decisions/0313). Any other request — a
 * 401, a 403, a miss, a HEAD, a query — is handed on ({@code next()}) to the resource method, which
 * judges it as it did. No rule is decided here: each is asked of the class that holds it for the
 * normal way.
 *
 * <p>A GET with a query (a report's figures, docs/decisions/0304) is answered here the same way
 * when its query is plain: each parameter once, declared by the method, written in unreserved
 * characters only, with a value in its declared type's canonical form ({@link
 * QueryParameterTypes#passesAsSent}). The service's {@link QueryAnswer} reads it with the same
 * function as its resource method; any other query goes the normal way.
 *
 * <p>A filter added later that must judge these GETs must be asked here or make the route decline:
 * an answer given here skips Quarkus REST's request filters.
 */
@ApplicationScoped
public class HitRoute {

  /**
   * What a service answers from memory for a GET with a query, read by the same function as its
   * resource method reads it.
   */
  @FunctionalInterface
  public interface QueryAnswer {
    /**
     * The answer in memory for {@code query} (each declared parameter at most once, as sent) and
     * the request's conditions, or null when the normal way must answer (a query it would refuse,
     * an answer not in memory or not current).
     */
    RestResponse<byte[]> fromMemory(Map<String, String> query, Conditions asked);
  }

  /** Finds the answer of what follows a route's path: an id, or the query ("": none). */
  @FunctionalInterface
  private interface Lookup {
    KeptAnswer answer(String rest, Conditions asked);
  }

  @Inject AnswerCache answers;
  @Inject KnownCallers callers;

  private final LongAdder answered = new LongAdder();

  /**
   * Answers hits of {@code get} — a {@code GET} method at {@code /{id}} of a resource class with a
   * {@code Path}, {@code RolesAllowed} and {@code Produces} — whose answers {@link AnswerCache}
   * keeps as {@code resourceType}.
   */
  public void register(Router router, String resourceType, Method get) {
    Path item = get.getAnnotation(Path.class);
    if (item == null || !item.value().equals("/{id}")) {
      throw new IllegalStateException(get + " is not a GET of one resource at /{id}");
    }
    Route route = route(get, true, (id, asked) -> answers.keptFromMemory(resourceType, id, asked));
    router
        .get(route.prefix() + ":id")
        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
        .handler(rc -> answer(rc, route));
  }

  /**
   * Answers GETs of {@code get} — a {@code GET} method at a fixed path (no template) of a resource
   * class with a {@code Path}, {@code RolesAllowed} and {@code Produces} — with a plain query, from
   * {@code answer}.
   */
  public void register(Router router, Method get, QueryAnswer answer) {
    Path path = get.getAnnotation(Path.class);
    if (path == null || path.value().indexOf('{') >= 0) {
      throw new IllegalStateException(get + " is not a GET at a fixed path");
    }
    Route route =
        route(
            get,
            false,
            (query, asked) -> {
              Map<String, String> plain = plainQuery(query, get);
              RestResponse<byte[]> found = plain == null ? null : answer.fromMemory(plain, asked);
              return found == null ? null : KeptAnswer.of(found);
            });
    router
        .get(route.prefix())
        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
        .handler(rc -> answer(rc, route));
  }

  /**
   * The routes are registered at the resource paths as written in their annotations: under another
   * REST root path ({@code quarkus.rest.path}) they would answer paths the resource methods do not
   * serve, and miss theirs. So a service with one refuses to start.
   */
  static void requireRestAtRoot(Optional<String> restPath) {
    if (restPath.isPresent() && !restPath.get().equals("/")) {
      throw new IllegalStateException(
          "HitRoute answers GETs at the resource paths as written, but quarkus.rest.path is "
              + restPath.get()
              + "; the route must be registered under it first");
    }
  }

  private static Route route(Method get, boolean item, Lookup lookup) {
    requireRestAtRoot(
        ConfigProvider.getConfig().getOptionalValue("quarkus.rest.path", String.class));
    Path base = get.getDeclaringClass().getAnnotation(Path.class);
    Path path = get.getAnnotation(Path.class);
    RolesAllowed roles = get.getAnnotation(RolesAllowed.class);
    Produces produces = get.getAnnotation(Produces.class);
    if (produces == null) {
      produces = get.getDeclaringClass().getAnnotation(Produces.class);
    }
    if (!get.isAnnotationPresent(GET.class)
        || base == null
        || roles == null
        || produces == null
        || produces.value().length != 1) {
      throw new IllegalStateException(get + " is not a GET with roles and one produced type");
    }
    String prefix = item ? base.value() + "/" : base.value() + path.value();
    return new Route(prefix, item, roles.value(), produces.value()[0], lookup);
  }

  /** How many answers were given here, before Quarkus REST, since the start. */
  public long answered() {
    return answered.sum();
  }

  /**
   * The path (of an item route: up to its id), whether it ends with an id, the method's roles and
   * produced type, and where its answers are found.
   */
  private record Route(
      String prefix, boolean item, String[] roles, String produces, Lookup lookup) {}

  /**
   * While {@link AnswerCache#waitsForCommits}, an answer {@link AnswerCache} keeps is looked up
   * again after {@link AnswerCache#whenCurrent} (docs/decisions/0313), on the request's event loop,
   * and the request goes the normal way when it says false.
   */
  private void answer(RoutingContext rc, Route route) {
    HttpServerRequest request = rc.request();
    KeptAnswer hit = hit(request, route);
    if (hit == null) {
      rc.next();
    } else if (!route.item() || !answers.waitsForCommits()) {
      // a query's answer (a report's figures) is kept by its service, which judges it current
      // itself; only the answers AnswerCache keeps wait for the commits before the request
      send(rc, hit);
    } else {
      Context context = Vertx.currentContext();
      boolean paused = !request.isEnded();
      if (paused) {
        request.pause();
      }
      answers.whenCurrent(
          current ->
              context.runOnContext(
                  v -> {
                    if (paused) {
                      request.resume();
                    }
                    KeptAnswer now = current ? hit(request, route) : null;
                    if (now == null) {
                      rc.next();
                    } else {
                      send(rc, now);
                    }
                  }));
    }
  }

  private void send(RoutingContext rc, KeptAnswer hit) {
    answered.increment();
    hit.send(rc.response());
  }

  /** The answer in memory when the request is certainly answered by it, else null. */
  private KeptAnswer hit(HttpServerRequest request, Route route) {
    String rest = rest(request.path(), request.uri(), route);
    MultiMap headers = request.headers();
    if (rest == null
        || !saysNoBody(headers.getAll(HttpHeaderNames.CONTENT_LENGTH))
        || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
        || headers.contains(HttpHeaderNames.CONTENT_TYPE)
        || headers.contains(HttpHeaderNames.CONTENT_ENCODING)
        || headers.contains(HttpHeaderNames.IF_MATCH)
        || !asksFor(headers.getAll(HttpHeaderNames.ACCEPT), route.produces())
        || !ParameterTextFilter.passesAsSent(request)
        || !callers.admitted(headers.getAll(HttpHeaderNames.AUTHORIZATION), route.roles())) {
      return null;
    }
    return route.lookup().answer(rest, Conditions.of(name -> joined(headers, name)));
  }

  /**
   * No Content-Length, or one that says 0: Java 17's HttpClient sends {@code Content-Length: 0}
   * with every GET. Any other length (or two of them) goes the normal way.
   */
  private static boolean saysNoBody(List<String> lengths) {
    return lengths.isEmpty() || lengths.size() == 1 && "0".equals(lengths.get(0));
  }

  /**
   * What follows the route's path in the request target: the id of an item route, the query of a
   * route at a fixed path ("" when there is none); null for a target the route does not take (an
   * item with a query or more path, an absolute target, an empty query).
   */
  private static String rest(String path, String uri, Route route) {
    if (route.item()) {
      if (!uri.equals(path) || !path.startsWith(route.prefix())) {
        return null; // a query, an absolute target
      }
      // The key is the id as sent: one that is not the canonical form of the resource's id is no
      // key and goes the normal way.
      String id = path.substring(route.prefix().length());
      return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
    }
    if (!path.equals(route.prefix()) || !uri.startsWith(path)) {
      return null;
    }
    if (uri.length() == path.length()) {
      return "";
    }
    return uri.length() > path.length() + 1 && uri.charAt(path.length()) == '?'
        ? uri.substring(path.length() + 1)
        : null;
  }

  /**
   * The query as sent, each parameter once, when the normal way certainly reads it so: pairs {@code
   * name=value} of unreserved characters (RFC 3986: nothing to decode, no {@code +}, no {@code ;}),
   * each name once and declared by {@code get}, each value passing {@link QueryParameterTypes} as
   * sent; else null.
   */
  private static Map<String, String> plainQuery(String query, Method get) {
    Map<String, String> out = new HashMap<>(8);
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        return null;
      }
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      if (!unreserved(name)
          || !unreserved(value)
          || out.put(name, value) != null
          || !QueryParameterTypes.passesAsSent(get, name, value)) {
        return null;
      }
    }
    return out;
  }

  private static boolean unreserved(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~')) {
        return false;
      }
    }
    return true;
  }

  /** No Accept, any type, or exactly the produced one. */
  private static boolean asksFor(List<String> accept, String produced) {
    return accept.isEmpty()
        || (accept.size() == 1 && (accept.get(0).equals("*/*") || accept.get(0).equals(produced)));
  }

  /** Every value of a header, joined by commas, as JAX-RS gives it; null when absent. */
  private static String joined(MultiMap headers, String name) {
    String first = headers.get(name);
    if (first == null) {
      return null;
    }
    List<String> values = headers.getAll(name);
    return values.size() == 1 ? first : String.join(",", values);
  }
}
