package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses (403 problem+json) a service token whose caller the route does not name in its {@link
 * ServiceCallers} list, before the resource runs (docs/decisions/0217). {@code @RolesAllowed} knows
 * only that the caller is <em>a</em> service; this is where it becomes <em>which</em>: the one
 * problem rectification-service reads is not report-service's to read, and the directory is written
 * by the OA sync job only.
 */
public class ServiceCallerCheck {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken jwt;
  @Inject Lists lists;

  @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
  public void refuseAnUnlistedService(ResourceInfo resource) {
    if (identity.isAnonymous() || !identity.hasRole(Roles.SERVICE)) {
      return;
    }
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no route matched: 404/405 follow, nothing is opened
    }
    ServiceCallers named = method.getAnnotation(ServiceCallers.class);
    if (named == null) {
      named = resource.getResourceClass().getAnnotation(ServiceCallers.class);
    }
    String caller = jwt.getSubject();
    Set<String> allowed = named == null ? Set.of() : lists.callers(named.value());
    if (!allowed.contains(caller)) {
      throw ApiProblem.forbidden(
              "This route is not open to the service "
                  + caller
                  + (named == null
                      ? ": it names no service caller."
                      : "; its service callers are those named in " + named.value() + ".")
                  + " Ask with a user's token, or have the route's list name this service.")
          .with("serviceCaller", caller);
    }
  }

  /** The lists, read from the configuration once per property. */
  @ApplicationScoped
  public static class Lists {

    @Inject Config config;

    private final ConcurrentHashMap<String, Set<String>> read = new ConcurrentHashMap<>();

    /** The callers the property names (blank entries and surrounding blanks left out). */
    public Set<String> callers(String property) {
      return read.computeIfAbsent(
          property,
          p ->
              config.getOptionalValues(p, String.class).orElse(List.of()).stream()
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .collect(Collectors.toUnmodifiableSet()));
    }
  }
}
