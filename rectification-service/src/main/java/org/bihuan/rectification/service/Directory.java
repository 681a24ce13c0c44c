package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.Mobiles;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.mapping.DirectoryInput;
import org.bihuan.rectification.mapping.DirectoryView;

/**
 * 组织架构: the units and people of the OA directory (docs/decisions/0204). Upserts take the
 * directory's lock like a sync, so one never lands in the middle of the other. Lookups for tickets,
 * to-dos and separation of duties are here too.
 */
@ApplicationScoped
public class Directory {

  @Inject DirectoryWrites writes;
  @Inject DirectoryRelinks relinks;
  @Inject OrganisationClock clock;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** An upsert's outcome: the entry as it is now and whether it was created. */
  public record Upserted<V>(V view, long version, boolean created) {}

  /** Refuses an externalId the directory does not accept (400 naming the field). */
  public static String checkExternalId(String field, String value) {
    if (value == null || !value.matches(DirectoryInput.EXTERNAL_ID)) {
      throw ApiProblem.invalidField(field, DirectoryInput.EXTERNAL_ID_MESSAGE);
    }
    return value;
  }

  @Transactional
  public Upserted<DirectoryView.Unit> putUnit(
      String externalId, DirectoryInput.Unit in, String ifMatch) {
    checkExternalId("externalId", externalId);
    writes.lock();
    DirectoryUnit u = DirectoryUnit.find("externalId", externalId).firstResult();
    if (u != null) {
      Versions.checkIfMatch(ifMatch, u.version);
    }
    requireOwnName(externalId, in);
    var applied = writes.unit(u, externalId, in, clock.now());
    em.flush();
    writes.emit(applied.change(), applied.entry());
    if (applied.change() != DirectoryWrites.Change.UNCHANGED) {
      relinks.afterCommit();
    }
    DirectoryUnit now = applied.entry();
    return new Upserted<>(
        DirectoryView.Unit.of(now),
        now.version,
        applied.change() == DirectoryWrites.Change.CREATED);
  }

  @Transactional
  public Upserted<DirectoryView.Person> putPerson(
      String externalId, DirectoryInput.Person in, String ifMatch) {
    checkExternalId("externalId", externalId);
    writes.lock();
    String unit = DirectoryWrites.blankToNull(in.unitExternalId());
    if (unit != null) {
      DirectoryUnit u = DirectoryUnit.find("externalId", unit).firstResult();
      if (u == null) {
        throw ApiProblem.invalidField(
            "unitExternalId", "names no unit of the directory: '" + unit + "'; put the unit first");
      }
      if (u.sealed && !Boolean.TRUE.equals(in.sealed())) {
        throw ApiProblem.invalidField(
            "unitExternalId", "names unit '" + unit + "' (" + u.name + "), which is sealed (封存)");
      }
    }
    DirectoryPerson p = DirectoryPerson.find("externalId", externalId).firstResult();
    if (p != null) {
      Versions.checkIfMatch(ifMatch, p.version);
    }
    requireOwnLogin(externalId, in);
    requireLoginNotAMobile(externalId, in);
    var applied = writes.person(p, externalId, in, clock.now());
    em.flush();
    writes.emit(applied.change(), applied.entry());
    if (applied.change() != DirectoryWrites.Change.UNCHANGED) {
      relinks.afterCommit();
    }
    DirectoryPerson now = applied.entry();
    return new Upserted<>(
        DirectoryView.Person.of(now, mayReadMobiles()),
        now.version,
        applied.change() == DirectoryWrites.Change.CREATED);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DirectoryView.Unit unit(String externalId) {
    DirectoryUnit u = DirectoryUnit.find("externalId", externalId).firstResult();
    if (u == null) {
      throw ApiProblem.notFound("directory unit", externalId);
    }
    return DirectoryView.Unit.of(u);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DirectoryView.Person person(String externalId) {
    DirectoryPerson p = DirectoryPerson.find("externalId", externalId).firstResult();
    if (p == null) {
      throw ApiProblem.notFound("directory person", externalId);
    }
    return DirectoryView.Person.of(p, mayReadMobiles());
  }

  /** Units in the order they were first synced; {@code sealed} filters when given. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DirectoryView.Unit> units(Boolean sealed, PageRequest page) {
    List<DirectoryUnit> rows =
        (sealed == null
                ? DirectoryUnit.<DirectoryUnit>find("seq > ?1 order by seq", page.after())
                : DirectoryUnit.<DirectoryUnit>find(
                    "seq > ?1 and sealed = ?2 order by seq", page.after(), sealed))
            .page(0, page.limit() + 1)
            .list();
    return Page.of(rows, page, u -> u.seq, DirectoryView.Unit::of);
  }

  /** People in the order they were first synced, of one unit when {@code unit} is given. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DirectoryView.Person> people(String unit, Boolean sealed, PageRequest page) {
    StringBuilder q = new StringBuilder("seq > :after");
    Map<String, Object> params = new HashMap<>();
    params.put("after", page.after());
    if (unit != null) {
      q.append(" and unitExternalId = :unit");
      params.put("unit", unit);
    }
    if (sealed != null) {
      q.append(" and sealed = :sealed");
      params.put("sealed", sealed);
    }
    List<DirectoryPerson> rows =
        DirectoryPerson.<DirectoryPerson>find(q + " order by seq", params)
            .page(0, page.limit() + 1)
            .list();
    boolean mobiles = mayReadMobiles();
    return Page.of(rows, page, p -> p.seq, p -> DirectoryView.Person.of(p, mobiles));
  }

  /**
   * Two units in use may not have one name however written (UnitNames.key: 党委办公室 and 黨委辦公室):
   * tickets of both would be counted as one unit, and the one unit's callers would act for the
   * other (docs/decisions/0234). A sealed unit's name is free; a sealed unit may keep it.
   */
  private void requireOwnName(String externalId, DirectoryInput.Unit in) {
    String key = UnitNames.key(in.name());
    if (key.isEmpty() || Boolean.TRUE.equals(in.sealed())) {
      return;
    }
    Object[] holder =
        em.createQuery(
                "select u.externalId, u.name from DirectoryUnit u"
                    + " where u.sealed = false and u.externalId <> :id order by u.seq",
                Object[].class)
            .setParameter("id", externalId)
            .getResultStream()
            .filter(r -> key.equals(UnitNames.key((String) r[1])))
            .findFirst()
            .orElse(null);
    if (holder != null) {
      throw ApiProblem.conflict(
              "unit-name-taken",
              "The name '"
                  + in.name().strip()
                  + "' is already unit "
                  + holder[0]
                  + "'s, written '"
                  + holder[1]
                  + "' (unit names are compared without blanks, width, case, punctuation or the"
                  + " difference of traditional and simplified characters): one name names one"
                  + " unit. Rename or seal "
                  + holder[0]
                  + " first.")
          .with("field", "name")
          .with("name", in.name().strip())
          .with("heldBy", holder[0]);
    }
  }

  /**
   * A login that is another person's mobile, or a mobile that is another person's login, would let
   * one token claim name two people (docs/decisions/0249): refused (409, naming the field), in both
   * directions. A person's login may be his own mobile.
   */
  private void requireLoginNotAMobile(String externalId, DirectoryInput.Person in) {
    if (Boolean.TRUE.equals(in.sealed())) {
      return;
    }
    String login = DirectoryWrites.blankToNull(in.login());
    String asMobile = Mobiles.key(login);
    if (asMobile != null) {
      DirectoryPerson holder =
          DirectoryPerson.find(
                  "mobileKey = ?1 and externalId <> ?2 and sealed = false order by externalId",
                  asMobile,
                  externalId)
              .firstResult();
      if (holder != null) {
        throw ApiProblem.conflict(
                "login-is-a-mobile",
                "The login '"
                    + login
                    + "' is the mobile number of "
                    + holder.externalId
                    + " ("
                    + holder.name
                    + "): a sign-on by it would name both people. Give this person another"
                    + " login, or change "
                    + holder.externalId
                    + "'s mobile first.")
            .with("field", "login")
            .with("heldBy", holder.externalId);
      }
    }
    String mobile = Mobiles.key(DirectoryWrites.blankToNull(in.mobile()));
    if (mobile != null) {
      // a login is written any way a mobile is (+86 139-…): its digits narrow, Mobiles.key decides
      @SuppressWarnings("unchecked")
      List<String> candidates =
          em.createNativeQuery(
                  "select external_id from directory_person where not sealed"
                      + " and external_id <> ?1 and login is not null"
                      + " and regexp_replace(login, '[^0-9]', '', 'g') like ?2"
                      + " order by external_id")
              .setParameter(1, externalId)
              .setParameter(2, "%" + mobile)
              .getResultList();
      DirectoryPerson holder =
          candidates.isEmpty()
              ? null
              : DirectoryPerson.<DirectoryPerson>list("externalId in ?1", candidates).stream()
                  .filter(p -> mobile.equals(Mobiles.key(p.login)))
                  .findFirst()
                  .orElse(null);
      if (holder != null) {
        throw ApiProblem.conflict(
                "mobile-is-a-login",
                "The mobile number '"
                    + in.mobile().strip()
                    + "' is the login of "
                    + holder.externalId
                    + " ("
                    + holder.name
                    + ", login '"
                    + holder.login
                    + "'): a sign-on by it would name both people. Change "
                    + holder.externalId
                    + "'s login first.")
            .with("field", "mobile")
            .with("heldBy", holder.externalId);
      }
    }
  }

  /**
   * A login is the identity separation of duties trusts (0216): two people in use may not share
   * one, or a token's subject would name both (docs/decisions/0223).
   */
  private static void requireOwnLogin(String externalId, DirectoryInput.Person in) {
    String login = DirectoryWrites.blankToNull(in.login());
    if (login == null || Boolean.TRUE.equals(in.sealed())) {
      return;
    }
    DirectoryPerson holder =
        DirectoryPerson.find(
                "loginKey = ?1 and externalId <> ?2 and sealed = false",
                Logins.key(login),
                externalId)
            .firstResult();
    if (holder != null) {
      throw ApiProblem.conflict(
              "login-taken",
              "The login '"
                  + login
                  + "' is already "
                  + holder.externalId
                  + "'s as '"
                  + holder.login
                  + "' (logins are compared without case, width, surrounding blanks or an @domain"
                  + " part), "
                  + holder.externalId
                  + "'s ("
                  + holder.name
                  + "): a login names one person. Change or seal "
                  + holder.externalId
                  + " first.")
          .with("field", "login")
          .with("login", login)
          .with("heldBy", holder.externalId);
    }
  }

  /** A person's mobile is for admins and the service role (a connector's sync job) only. */
  private boolean mayReadMobiles() {
    return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SERVICE);
  }
}
