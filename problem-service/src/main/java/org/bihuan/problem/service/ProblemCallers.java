package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.problem.service.ProblemLifecycle.Actor;

/** The caller of the current request, as the problem life cycle sees it. */
@ApplicationScoped
public class ProblemCallers {

  @Inject CurrentUser user;

  public Actor current() {
    Set<String> roles =
        Stream.of(Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER, Roles.ADMIN)
            .filter(user::hasRole)
            .collect(Collectors.toUnmodifiableSet());
    return new Actor(roles, user.unit());
  }
}
