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
import org.bihuan.platform.error.ApiProblem;

/** The caller of the current request, as the workflow sees it. */
@ApplicationScoped
public class Callers {

  @Inject CurrentUser user;
  @Inject DirectoryIdentities directory;

  public Actor current() {
    Set<String> roles =
        Stream.of(Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER, Roles.ADMIN)
            .filter(user::hasRole)
            .collect(Collectors.toUnmodifiableSet());
    List<String> names = user.names();
    // His login-type claims are names too (0229): a subject 赵验收01 is compared with 赵验收.
    Set<String> otherNames = new LinkedHashSet<>(user.loginNames());
    if (!names.isEmpty()) {
      otherNames.addAll(names.subList(1, names.size()));
    }
    return new Actor(
        user.id(),
        user.displayName(),
        roles,
        user.unit(),
        Set.copyOf(otherNames),
        !names.isEmpty());
  }

  /**
   * The caller, looked up in the OA directory by every login claim of his token (docs/decisions/
   * 0238): for the separation-of-duties checks, which compare directory identities where both sides
   * have one. Each claim ({@code sub}, {@code upn}, {@code preferred_username}, {@code email},
   * {@code unique_name}) may name a person by login (its key, 0229), by a login the directory took
   * from him (0223), by his externalId or, as may {@code phone_number} and {@code mobile}, by his
   * mobile number (0246); the caller is every person so named, and each of those people's directory
   * names, now and before a renaming, is one of his names.
   */
  public Actor identified() {
    Actor actor = current();
    // One look-up answers the three questions (0267): whom the subject names, whose login it was,
    // and every person the claims name.
    DirectoryIdentities.Caller found = directory.caller(actor.id(), claimsOf(actor));
    List<String> holders = found.holders();
    if (holders.size() > 1) {
      // Logins stored before they were compared by key (0229) may collide: fail closed.
      throw ApiProblem.forbidden(
          "Your token's subject '"
              + actor.id()
              + "' is the login of more than one person of the directory ("
              + String.join(", ", holders)
              + ") once case, width, a domain and other decorations are set aside; the directory"
              + " must give them distinct logins before either acts on a ticket.");
    }
    if (holders.isEmpty()) {
      // A login the directory took from a person still names him in his tokens (up to a day): the
      // caller is neither that person any more nor someone unknown (0223).
      Optional<String> former = found.formerHolder();
      if (former.isPresent()) {
        throw ApiProblem.forbidden(
            "Your token's subject '"
                + actor.id()
                + "' is a login the directory no longer gives anyone (it was "
                + former.get()
                + "'s); sign in again with your current login.");
      }
    }
    return withPeople(actor, found.people());
  }

  /**
   * The caller with every directory person his login claims name, as {@link #identified} finds them
   * but without refusing a subject that is ambiguous or a former login: for recording who acted (an
   * edit of a ticket's responsibility, 0249), where nothing is decided by it.
   */
  public Actor known() {
    return withIdentities(current());
  }

  private Actor withIdentities(Actor actor) {
    return withDirectoryPeople(actor, claimsOf(actor));
  }

  private Set<String> claimsOf(Actor actor) {
    Set<String> claims = new LinkedHashSet<>(user.loginClaims());
    claims.add(actor.id());
    // A login or claim that is a mobile number names the one person with that mobile (0246).
    claims.addAll(user.mobileClaims());
    return claims;
  }

  /**
   * Someone an OA connector lists by login (and name) for a role (options.roleReceivers), as the
   * guards would see him calling with that login as his token's subject and only login claim: the
   * directory people it names and their names now and before (decision 0256).
   */
  public Actor asReceiver(String login, String name) {
    String shown = name == null || name.isBlank() ? login : name;
    Actor bare = new Actor(login, shown, Set.of(), Optional.empty(), Set.of(login), true);
    return withDirectoryPeople(bare, Set.of(login));
  }

  /** {@code actor} as every directory person his {@code claims} name (0238). */
  private Actor withDirectoryPeople(Actor actor, Set<String> claims) {
    return withPeople(actor, directory.peopleNamedBy(claims));
  }

  /** {@code actor} as these directory people, with their names now and before. */
  private Actor withPeople(Actor actor, Set<String> people) {
    if (people.isEmpty()) {
      return actor;
    }
    // He is also called by his directory names, whatever display name his token gives (0216),
    // and by the names the directory gave him before renaming him (0238).
    Set<String> otherNames = new LinkedHashSet<>(actor.otherNames());
    DirectoryIdentities.Names names = directory.namesOf(people);
    otherNames.addAll(names.now().values());
    names.before().values().forEach(otherNames::addAll);
    return new Actor(
        actor.id(),
        actor.name(),
        actor.roles(),
        actor.unit(),
        Set.copyOf(otherNames),
        actor.named(),
        people);
  }
}
