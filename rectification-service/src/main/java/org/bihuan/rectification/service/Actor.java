package org.bihuan.rectification.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.text.UnitNames;

/**
 * The caller, as far as the ticket workflow ({@link TicketWorkflow}) cares. Roles are those after
 * the role hierarchy.
 */
public record Actor(
    String id,
    String name,
    Set<String> roles,
    Optional<String> unit,
    Set<String> otherNames,
    boolean named,
    Set<String> directoryIds) {

  /**
   * The service itself, acting on no one's behalf (cancelling a ticket whose problem was withdrawn,
   * 0117): no person, so separation of duties has no name to compare.
   */
  public static final Actor SYSTEM =
      new Actor(
          "system",
          "系统",
          Set.of(Roles.VERIFIER, Roles.ADMIN, Roles.REPORTER, Roles.VIEWER),
          Optional.empty());

  /** Whether this is {@link #SYSTEM} itself (not a token that happens to look like it). */
  public boolean isSystem() {
    return this == SYSTEM;
  }

  /** A caller whose token names him by {@code name} alone. */
  public Actor(String id, String name, Set<String> roles, Optional<String> unit) {
    this(id, name, roles, unit, Set.of(), true, Set.of());
  }

  /** A caller not (yet) looked up in the directory. */
  public Actor(
      String id,
      String name,
      Set<String> roles,
      Optional<String> unit,
      Set<String> otherNames,
      boolean named) {
    this(id, name, roles, unit, otherNames, named, Set.of());
  }

  /**
   * The directory people the caller is (each person one of his login claims names, 0238; none when
   * the directory knows none): separation of duties compares identities where both sides have one
   * (0204), and he is a party when any of them is.
   */
  public Actor {
    directoryIds = directoryIds == null ? Set.of() : Set.copyOf(directoryIds);
  }

  /** The caller's display name and every other name his token gives him. */
  Set<String> allNames() {
    Set<String> all = new LinkedHashSet<>();
    all.add(name);
    all.addAll(otherNames);
    return all;
  }

  /**
   * Refuses (403) a caller whose token names nobody: whether he answers for a ticket is decided by
   * names, so without one he cannot be told apart from its responsible person.
   */
  void requireNamed(String what) {
    if (!named) {
      throw ApiProblem.forbidden(
          "Your token carries no name (name, or family_name and given_name): separation of"
              + " duties compares the caller's name with the people who answer for the ticket,"
              + " so a token without one cannot "
              + what
              + ".");
    }
  }

  boolean hasAny(Collection<String> wanted) {
    return wanted.stream().anyMatch(roles::contains);
  }

  /** Verifiers and admins read every to-do and may stop a ticket's reporting interval. */
  boolean unrestricted() {
    return roles.contains(Roles.VERIFIER) || roles.contains(Roles.ADMIN);
  }

  /**
   * The caller may write to a ticket of these units: he is bound to no unit, or to one of them.
   * Whatever his roles — a verifier or admin bound to a unit writes only to that unit's tickets
   * (CONTRACT: "a user bound to a unit writes only to tickets of that unit", 0227).
   */
  boolean actsFor(Collection<String> unitNames) {
    // Only names certainly of one unit grant (width, case, blanks, unambiguous 繁简): 1号车间 is not
    // l号车间, 干部科 is not 乾部科 (UnitNames.certainlySame, 0234).
    return unit.isEmpty()
        || unitNames.stream().anyMatch(n -> UnitNames.certainlySame(n, unit.get()));
  }
}
