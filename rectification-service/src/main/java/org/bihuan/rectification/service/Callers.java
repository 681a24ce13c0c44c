package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.problem.ApiProblem;

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
    Optional<String> person = directory.personOfSubject(actor.id());
    if (person.isEmpty()) {
      // A login the directory took from a person still names him in his tokens (up to a day): the
      // caller is neither that person any more nor someone unknown (0223).
      Optional<String> former = directory.formerHolderOf(actor.id());
      if (former.isPresent()) {
        throw ApiProblem.forbidden(
            "Your token's subject '"
                + actor.id()
                + "' is a login the directory no longer gives anyone (it was "
                + former.get()
                + "'s); sign in again with your current login.");
      }
      return actor;
    }
    // He is also called by his directory name, whatever display name his token gives (0216).
    Set<String> otherNames = new LinkedHashSet<>(actor.otherNames());
    String directoryName = directory.namesOf(List.of(person.get())).get(person.get());
    if (directoryName != null) {
      otherNames.add(directoryName);
    }
    return new Actor(
        actor.id(),
        actor.name(),
        actor.roles(),
        actor.unit(),
        Set.copyOf(otherNames),
        actor.named(),
        person.get());
  }
}
