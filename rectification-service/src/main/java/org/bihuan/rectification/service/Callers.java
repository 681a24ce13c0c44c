package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;

/** The caller of the current request, as the workflow sees it. */
@ApplicationScoped
public class Callers {

  @Inject CurrentUser user;
  @Inject Directory directory;

  public Actor current() {
    Set<String> roles =
        Stream.of(Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER, Roles.ADMIN)
            .filter(user::hasRole)
            .collect(Collectors.toUnmodifiableSet());
    List<String> names = user.names();
    return new Actor(
        user.id(),
        user.displayName(),
        roles,
        user.unit(),
        names.isEmpty() ? Set.of() : Set.copyOf(names.subList(1, names.size())),
        !names.isEmpty());
  }

  /**
   * The caller, looked up in the OA directory by his token subject (a person's login): for the
   * separation-of-duties checks, which compare directory identities where both sides have one.
   */
  public Actor identified() {
    Actor actor = current();
    return directory.personOfSubject(actor.id()).map(actor::identifiedAs).orElse(actor);
  }
}
