package org.bihuan.rectification.service;

import java.util.LinkedHashSet;
import java.util.Set;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.PersonNames;

/**
 * The people who answer for a ticket's current round (docs/decisions/0050): names (responsible
 * persons, submitters' display names) and subjects (submitters' tokens). None of them may verify or
 * reject the round, nor decide its extensions. {@code directoryIds} are the directory ids of the
 * parties the directory knows; {@code identified} the names that only ever came with such an id,
 * which a caller known to the directory is not compared with by name (0204).
 */
public record Parties(
    Set<String> names, Set<String> subjects, Set<String> directoryIds, Set<String> identified) {

  /** Parties known by name and subject only. */
  public Parties(Set<String> names, Set<String> subjects) {
    this(names, subjects, Set.of(), Set.of());
  }

  public static Parties of(String... names) {
    Set<String> n = new LinkedHashSet<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        n.add(name);
      }
    }
    return new Parties(Set.copyOf(n), Set.of());
  }

  /**
   * The caller is one of them: same subject, same directory person (any person one of the caller's
   * login claims names, 0238), a name that folds to a party's name, or a display name that a
   * party's written name names among others or with a title ("王五、赵验收", "副局长赵验收": {@link
   * PersonNames#among}).
   */
  public boolean includes(Actor actor) {
    if (actor.isSystem()) {
      return false; // the service acting for itself is no person: nothing to compare
    }
    if (actor.id() != null && subjects.contains(actor.id())) {
      return true;
    }
    // Every person his login claims name is he (0238): any of them a party makes him one.
    boolean byIdentity = !actor.directoryIds().isEmpty();
    if (actor.directoryIds().stream().anyMatch(directoryIds::contains)) {
      return true;
    }
    String bySubject = PersonNames.key(actor.id());
    for (String n : names) {
      if (byIdentity && identified.contains(n)) {
        // Both sides are known to the directory and are different people: a namesake (0204).
        continue;
      }
      String k = PersonNames.key(n);
      if (k.isEmpty()) {
        continue;
      }
      if (k.equals(bySubject)) {
        return true;
      }
      for (String mine : actor.allNames()) {
        // either side may carry a post or several people: 副局长赵验收 is 赵验收, both ways
        if (PersonNames.among(n, mine) || PersonNames.among(mine, n)) {
          return true;
        }
      }
    }
    for (String s : subjects) {
      String k = PersonNames.key(s);
      if (!k.isEmpty() && k.equals(bySubject)) {
        return true;
      }
      // A submitter's or requester's login is his with or without an @domain, in any case or
      // width (Logins, 0229), whether the caller holds it as subject or in a login claim.
      String login = Logins.key(s);
      if (login != null
          && !login.isEmpty()
          && (login.equals(Logins.key(actor.id()))
              || actor.allNames().stream().anyMatch(n -> login.equals(Logins.key(n))))) {
        return true;
      }
    }
    return false;
  }
}
