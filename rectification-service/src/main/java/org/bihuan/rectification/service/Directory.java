package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.text.Logins;
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
    var applied = writes.person(p, externalId, in, clock.now());
    em.flush();
    writes.emit(applied.change(), applied.entry());
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

  /** The OA logins of the people with these externalIds (those without a login left out). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> loginsOf(Collection<String> externalIds) {
    Map<String, String> out = new HashMap<>();
    if (externalIds.isEmpty()) {
      return out;
    }
    List<Object[]> rows =
        em.createQuery(
                "select p.externalId, p.login from DirectoryPerson p"
                    + " where p.externalId in :ids and p.login is not null",
                Object[].class)
            .setParameter("ids", externalIds)
            .getResultList();
    rows.forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
  }

  /**
   * The directory's names of the people with these externalIds; ids the directory does not know are
   * left out, so the keys are the known ones (separation of duties, 0216).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> namesOf(Collection<String> externalIds) {
    Map<String, String> out = new HashMap<>();
    if (externalIds.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select p.externalId, p.name from DirectoryPerson p where p.externalId in :ids",
            Object[].class)
        .setParameter("ids", externalIds)
        .getResultList()
        .forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
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

  /**
   * Whose login {@code subject} was, when the directory has since changed it and nobody holds it
   * now (docs/decisions/0223).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> formerHolderOf(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "select f.person_external_id from directory_former_login f"
                    + " where f.login_key = ?1 and not exists"
                    + " (select 1 from directory_person p where p.login_key = f.login_key)")
            .setParameter(1, Logins.key(subject))
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
  }

  /** The directory person a token subject is: the one whose OA login it is. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> personOfSubject(String subject) {
    return subject == null
        ? Optional.empty()
        : Optional.ofNullable(peopleOfSubjects(List.of(subject)).get(subject));
  }

  /**
   * The people whose login has the key of {@code subject} (0229): one, or none; more than one only
   * where logins stored before keys were compared collide.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> holdersOf(String subject) {
    return subject == null
        ? List.of()
        : em.createQuery(
                "select p.externalId from DirectoryPerson p where p.loginKey = :k"
                    + " order by p.externalId",
                String.class)
            .setParameter("k", Logins.key(subject))
            .getResultList();
  }

  /**
   * The directory person each of these token subjects (a submitter's, an extension's requester's)
   * is, by OA login compared by its key (docs/decisions/0229: ZhaoYS, zhaoys and ZhaoYS@corp are
   * one login); a key two people share identifies nobody. A login nobody holds now that the
   * directory took from a person (0223) is still that person's: he submitted under it before his
   * login changed (0238). Subjects the directory does not know are left out.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> peopleOfSubjects(Collection<String> subjects) {
    Map<String, String> out = new HashMap<>();
    if (subjects.isEmpty()) {
      return out;
    }
    Map<String, List<String>> byKey = new HashMap<>();
    for (String s : subjects) {
      byKey.computeIfAbsent(Logins.key(s), k -> new java.util.ArrayList<>()).add(s);
    }
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> personOfKey = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select p.loginKey, p.externalId from DirectoryPerson p where p.loginKey in :k",
                Object[].class)
            .setParameter("k", byKey.keySet())
            .getResultList()) {
      personOfKey.put((String) r[0], (String) r[1]);
      seen.merge((String) r[0], 1, Integer::sum);
    }
    formerHoldersOf(byKey.keySet()).forEach(personOfKey::putIfAbsent);
    personOfKey.forEach(
        (key, person) -> {
          if (seen.getOrDefault(key, 1) == 1) {
            byKey.get(key).forEach(s -> out.put(s, person));
          }
        });
    return out;
  }

  /**
   * Every person the login claims of one token name (docs/decisions/0238): the holders of each
   * claim's login key, the person whose login it was when nobody holds it now (0223), and the
   * person whose externalId it is (an OA single sign-on whose subject is the OA's user id),
   * ignoring case. Separation of duties takes the caller for each of them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> peopleNamedBy(Collection<String> claims) {
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (String c : claims) {
      String key = Logins.key(c);
      if (key != null && !key.isEmpty()) {
        keys.add(key);
      }
      if (c != null && !c.isBlank()) {
        ids.add(c.strip().toLowerCase(Locale.ROOT));
      }
    }
    Set<String> out = new TreeSet<>();
    if (keys.isEmpty()) {
      return out;
    }
    out.addAll(
        em.createQuery(
                "select p.externalId from DirectoryPerson p"
                    + " where p.loginKey in :k or lower(p.externalId) in :ids",
                String.class)
            .setParameter("k", keys)
            .setParameter("ids", ids)
            .getResultList());
    out.addAll(formerHoldersOf(keys).values());
    return out;
  }

  /** For each of these login keys that nobody holds now, the person whose login it was (0223). */
  private Map<String, String> formerHoldersOf(Collection<String> keys) {
    Map<String, String> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select f.login_key, f.person_external_id from directory_former_login f"
                    + " where f.login_key in (:k) and not exists"
                    + " (select 1 from directory_person p where p.login_key = f.login_key)"
                    + " order by f.changed_at")
            .setParameter("k", keys)
            .getResultList();
    rows.forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
  }

  /**
   * The names the directory gave these people before it renamed them (docs/decisions/0238), by
   * externalId; people never renamed are left out.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Set<String>> formerNamesOf(Collection<String> externalIds) {
    Map<String, Set<String>> out = new HashMap<>();
    if (externalIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select person_external_id, name from directory_former_name"
                    + " where person_external_id in (:ids) order by renamed_at")
            .setParameter("ids", externalIds)
            .getResultList();
    rows.forEach(
        r ->
            out.computeIfAbsent((String) r[0], k -> new java.util.LinkedHashSet<>())
                .add((String) r[1]));
    return out;
  }

  /** A person's mobile is for admins and the service role (a connector's sync job) only. */
  private boolean mayReadMobiles() {
    return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SERVICE);
  }
}
