package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.Mobiles;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.mapping.DirectoryInput;
import org.bihuan.rectification.mapping.DirectoryView;

/**
 * Writes one directory entry, for an upsert and for each entry of a snapshot alike: what changed
 * (created, updated, sealed, unsealed or nothing) and the feed event that says so. An entry that
 * does not change is not written: its version stays and no event is sent (docs/decisions/0204).
 */
@ApplicationScoped
public class DirectoryWrites {

  /** What a write did to an entry. */
  public enum Change {
    CREATED,
    UPDATED,
    SEALED,
    UNSEALED,
    UNCHANGED
  }

  /** The entry after the write and what the write did. */
  public record Applied<E>(E entry, Change change) {}

  @Inject EntityManager em;
  @Inject ChangeFeed feed;
  @Inject CurrentUser user;
  @Inject LoginChanges logins;

  /**
   * One writer of the directory at a time (an upsert or a whole sync), until its transaction ends:
   * two syncs never interleave into a mix of both snapshots. The writer acts for the whole
   * organisation: a caller bound to a unit (a {@code unit} claim, whatever his roles) does not
   * write the directory (403, docs/decisions/0231) — renaming another unit or putting people into
   * it would reach tickets he may not write (0227).
   */
  void lock() {
    user.requireWholeOrganisation(
        "does not write the directory, whatever his roles: it is the whole organisation's. The"
            + " OA's directory job (service role) or an admin without a unit claim writes units"
            + " and people.",
        java.util.List.of(Roles.SERVICE, Roles.ADMIN));
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "bihuan-directory")
        .getSingleResult();
  }

  Applied<DirectoryUnit> unit(
      DirectoryUnit u, String externalId, DirectoryInput.Unit in, Instant now) {
    String name = in.name().strip();
    boolean sealed = Boolean.TRUE.equals(in.sealed());
    if (u == null) {
      u = new DirectoryUnit();
      u.id = UUID.randomUUID();
      u.externalId = externalId;
      u.name = name;
      u.sealed = sealed;
      u.sealedAt = sealed ? now : null;
      u.createdAt = now;
      u.updatedAt = now;
      u.persist();
      return new Applied<>(u, Change.CREATED);
    }
    if (u.name.equals(name) && u.sealed == sealed) {
      return new Applied<>(u, Change.UNCHANGED);
    }
    Change change = sealChange(u.sealed, sealed);
    u.name = name;
    if (u.sealed != sealed) {
      u.sealed = sealed;
      u.sealedAt = sealed ? now : null;
    }
    u.updatedAt = now;
    return new Applied<>(u, change);
  }

  Applied<DirectoryPerson> person(
      DirectoryPerson p, String externalId, DirectoryInput.Person in, Instant now) {
    String name = in.name().strip();
    String unit = blankToNull(in.unitExternalId());
    String login = blankToNull(in.login());
    String mobile = blankToNull(in.mobile());
    boolean sealed = Boolean.TRUE.equals(in.sealed());
    if (p == null) {
      p = new DirectoryPerson();
      p.id = UUID.randomUUID();
      p.externalId = externalId;
      p.createdAt = now;
      p.sealedAt = sealed ? now : null;
      p.sealed = sealed;
      fill(p, name, unit, login, mobile, now);
      p.persist();
      return new Applied<>(p, Change.CREATED);
    }
    if (p.name.equals(name)
        && Objects.equals(p.unitExternalId, unit)
        && Objects.equals(p.login, login)
        && Objects.equals(p.mobile, mobile)
        && p.sealed == sealed) {
      return new Applied<>(p, Change.UNCHANGED);
    }
    Change change = sealChange(p.sealed, sealed);
    if (p.sealed != sealed) {
      p.sealed = sealed;
      p.sealedAt = sealed ? now : null;
    }
    if (p.login != null && !p.login.equals(login)) {
      formerLogin(p.login, p.externalId, now);
    }
    if (!PersonNames.key(p.name).equals(PersonNames.key(name))) {
      formerName(p.name, p.externalId, now);
    }
    boolean loginChanged = !Objects.equals(p.login, login);
    fill(p, name, unit, login, mobile, now);
    if (loginChanged) {
      // his open to-dos move to the new login where a to-do centre files them by login (0356)
      logins.toDosFollow(p.externalId, login);
    }
    return new Applied<>(p, change);
  }

  /** Seals an entry the snapshot left out. */
  void seal(DirectoryUnit u, Instant now) {
    u.sealed = true;
    u.sealedAt = now;
    u.updatedAt = now;
  }

  void seal(DirectoryPerson p, Instant now) {
    p.sealed = true;
    p.sealedAt = now;
    p.updatedAt = now;
  }

  /**
   * The feed event of a change, carrying the entry as it is now; none for an unchanged one. The
   * view is taken when called, so call it after the change was flushed (the new version).
   */
  void emit(Change change, DirectoryUnit u) {
    String type =
        switch (change) {
          case CREATED -> "unit.created";
          case UPDATED -> "unit.updated";
          case SEALED -> "unit.sealed";
          case UNSEALED -> "unit.unsealed";
          case UNCHANGED -> null;
        };
    if (type != null) {
      DirectoryView.Unit view = DirectoryView.Unit.of(u);
      feed.append(type, "unit", u.id, () -> view);
    }
  }

  void emit(Change change, DirectoryPerson p) {
    String type =
        switch (change) {
          case CREATED -> "person.created";
          case UPDATED -> "person.updated";
          case SEALED -> "person.sealed";
          case UNSEALED -> "person.unsealed";
          case UNCHANGED -> null;
        };
    if (type != null) {
      // The feed is open to every viewer: a person's mobile stays out of it.
      DirectoryView.Person view = DirectoryView.Person.of(p, false);
      feed.append(type, "person", p.id, () -> view);
    }
  }

  private static Change sealChange(boolean was, boolean now) {
    return was == now ? Change.UPDATED : now ? Change.SEALED : Change.UNSEALED;
  }

  /**
   * Notes that {@code login} was {@code externalId}'s: a token with that subject is refused where
   * separation of duties asks who the caller is (docs/decisions/0223).
   */
  private void formerLogin(String login, String externalId, Instant now) {
    em.createNativeQuery(
            "insert into directory_former_login"
                + " (login, person_external_id, changed_at, login_key)"
                + " values (?1, ?2, ?3, ?4) on conflict (login) do update"
                + " set person_external_id = excluded.person_external_id,"
                + " changed_at = excluded.changed_at, login_key = excluded.login_key")
        .setParameter(1, login)
        .setParameter(2, externalId)
        .setParameter(3, java.sql.Timestamp.from(now))
        .setParameter(4, Logins.key(login))
        .executeUpdate();
  }

  /**
   * Notes that {@code name} was {@code externalId}'s before the directory renamed him: still one of
   * his names where separation of duties compares names (docs/decisions/0238). A rename that only
   * writes the same name otherwise (张三 and 張三, blanks) is no other name and is not noted.
   */
  private void formerName(String name, String externalId, Instant now) {
    em.createNativeQuery(
            "insert into directory_former_name (person_external_id, name, renamed_at)"
                + " values (?1, ?2, ?3) on conflict (person_external_id, name) do update"
                + " set renamed_at = excluded.renamed_at")
        .setParameter(1, externalId)
        .setParameter(2, name)
        .setParameter(3, java.sql.Timestamp.from(now))
        .executeUpdate();
  }

  /** A login given to someone (again) is his: no longer anybody's former login. */
  private void loginGiven(String login) {
    if (login != null) {
      // ZhaoYS given again as zhaoys is the same login (0229)
      em.createNativeQuery("delete from directory_former_login where login_key = ?1")
          .setParameter(1, Logins.key(login))
          .executeUpdate();
    }
  }

  private void fill(
      DirectoryPerson p, String name, String unit, String login, String mobile, Instant now) {
    if (login != null && !login.equals(p.login)) {
      loginGiven(login);
    }
    p.name = name;
    p.unitExternalId = unit;
    p.login = login;
    p.loginKey = Logins.key(login);
    p.mobile = mobile;
    p.mobileKey = Mobiles.key(mobile);
    p.updatedAt = now;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
