package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.Mobiles;

/**
 * Who the directory says a caller or a ticket's party is: people by OA login (compared by its key,
 * former logins included), by externalId, and their names now and before (docs/decisions/0216,
 * 0223, 0229, 0238). Read-only; {@link Directory} writes the entries these read.
 */
@ApplicationScoped
public class DirectoryIdentities {

  @Inject EntityManager em;

  /** The OA logins of the people with these externalIds (those without a login left out). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> loginsOf(Collection<String> externalIds) {
    Map<String, String> out = new HashMap<>();
    if (externalIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        read("select external_id, login from directory_person"
                + " where external_id = any(?1) and login is not null")
            .setParameter(1, texts(externalIds))
            .getResultList();
    rows.forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
  }

  /**
   * The directory's names of people: {@code now} by externalId, ids the directory does not know
   * left out, so its keys are the known ones (separation of duties, 0216); {@code before}, the
   * names it gave them before renaming them, oldest first, people never renamed left out (0238).
   */
  public record Names(Map<String, String> now, Map<String, Set<String>> before) {}

  /** {@link Names} of the people with these externalIds, in one statement (0380). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Names namesOf(Collection<String> externalIds) {
    Names out = new Names(new HashMap<>(), new HashMap<>());
    if (externalIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        read("select 0 as former, external_id, name, null::timestamptz as renamed_at"
                + " from directory_person where external_id = any(?1)"
                + " union all"
                + " select 1, person_external_id, name, renamed_at from directory_former_name"
                + " where person_external_id = any(?1) order by 1, 4")
            .setParameter(1, texts(externalIds))
            .getResultList();
    for (Object[] r : rows) {
      if (((Number) r[0]).intValue() == 0) {
        out.now().put((String) r[1], (String) r[2]);
      } else {
        out.before()
            .computeIfAbsent((String) r[1], k -> new java.util.LinkedHashSet<>())
            .add((String) r[2]);
      }
    }
    return out;
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
        read("select f.person_external_id from directory_former_login f"
                + " where f.login_key = ?1 and not exists"
                + " (select 1 from directory_person p where p.login_key = f.login_key)")
            .setParameter(1, Logins.key(subject))
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
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
    Map<String, String> formerHolders = new HashMap<>();
    // One statement (0267): the holders of these keys now, then, oldest change first, whose login
    // each key nobody holds now was.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        read("select 0 as former, p.login_key, p.external_id, null::timestamptz as changed_at"
                + " from directory_person p where p.login_key = any(?1)"
                + " union all"
                + " select 1, f.login_key, f.person_external_id, f.changed_at"
                + " from directory_former_login f where f.login_key = any(?1) and not exists"
                + " (select 1 from directory_person p where p.login_key = f.login_key)"
                + " order by 1, 4")
            .setParameter(1, texts(byKey.keySet()))
            .getResultList();
    for (Object[] r : rows) {
      if (((Number) r[0]).intValue() == 0) {
        personOfKey.put((String) r[1], (String) r[2]);
        seen.merge((String) r[1], 1, Integer::sum);
      } else {
        formerHolders.put((String) r[1], (String) r[2]);
      }
    }
    formerHolders.forEach(personOfKey::putIfAbsent);
    personOfKey.forEach(
        (key, person) -> {
          if (seen.getOrDefault(key, 1) == 1) {
            byKey.get(key).forEach(s -> out.put(s, person));
          }
        });
    // A subject that is nobody's login but a mobile number is the one person with that mobile.
    Map<String, List<String>> byMobile = new HashMap<>();
    for (String s : subjects) {
      String mobile = Mobiles.key(s);
      if (mobile != null && !out.containsKey(s)) {
        byMobile.computeIfAbsent(mobile, k -> new java.util.ArrayList<>()).add(s);
      }
    }
    soleHoldersOfMobiles(byMobile.keySet())
        .forEach((mobile, person) -> byMobile.get(mobile).forEach(s -> out.put(s, person)));
    return out;
  }

  /**
   * Every person the login claims of one token name (docs/decisions/0238): the holders of each
   * claim's login key, the person whose login it was when nobody holds it now (0223), and the
   * person whose externalId it is (an OA single sign-on whose subject is the OA's user id),
   * ignoring case; and the person whose mobile it is, when the claim is a mobile number and that
   * mobile is one person's only (0246: a mobile two people share identifies nobody). Separation of
   * duties takes the caller for each of them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> peopleNamedBy(Collection<String> claims) {
    return lookUp(null, claims).people();
  }

  /**
   * A caller as {@link Callers#identified} needs him: the holders of his subject's login key
   * ({@link #holdersOf}), whose login it was when nobody holds it now ({@link #formerHolderOf}),
   * and every person his claims name ({@link #peopleNamedBy}, the subject being one of them). The
   * same answers as those three, from one statement reading the people and the former logins
   * instead of five for every write (docs/decisions/0267, 0314).
   */
  public record Caller(List<String> holders, Optional<String> formerHolder, Set<String> people) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Caller caller(String subject, Collection<String> claims) {
    Set<String> all = new java.util.LinkedHashSet<>(claims);
    if (subject != null) {
      all.add(subject);
    }
    return lookUp(subject, all);
  }

  private Caller lookUp(String subject, Collection<String> claims) {
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Set<String> mobiles = new HashSet<>();
    for (String c : claims) {
      String mobile = Mobiles.key(c);
      if (mobile != null) {
        mobiles.add(mobile);
      }
      String key = Logins.key(c);
      if (key != null && !key.isEmpty()) {
        keys.add(key);
      }
      if (c != null && !c.isBlank()) {
        ids.add(c.strip().toLowerCase(Locale.ROOT));
      }
    }
    String subjectKey = subject == null ? null : Logins.key(subject);
    // A subject without a login key of its own (blank, only decorations) is looked up as before.
    boolean subjectApart = subject != null && (subjectKey == null || !keys.contains(subjectKey));
    List<String> holders = subjectApart ? holdersOf(subject) : new ArrayList<>();
    Optional<String> formerHolder = subjectApart ? formerHolderOf(subject) : Optional.empty();
    Set<String> out = new TreeSet<>();
    if (keys.isEmpty()) {
      return new Caller(holders, formerHolder, out);
    }
    // A claim that is someone's login names him, not (also) the person whose mobile it is (0249):
    // the directory refuses a login that is another person's mobile, and entries stored before it
    // did are read the same way peopleOfSubjects reads a subject.
    Set<String> mobilesOfLogins = new HashSet<>();
    Map<String, String> formerHolders = new HashMap<>();
    List<String> formerOfSubject = new ArrayList<>();
    // One statement (0314): the people the claims name (kind 0), then, oldest change first, the
    // former logins with these keys that nobody holds now (kind 1).
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        read("select 0 as kind, p.external_id, p.login_key, p.login, null::timestamptz"
                + " as changed_at from directory_person p where p.login_key = any(?1)"
                + " or lower(p.external_id) = any(?2)"
                + " union all"
                + " select 1, f.person_external_id, f.login_key, null, f.changed_at"
                + " from directory_former_login f where f.login_key = any(?1) and not exists"
                + " (select 1 from directory_person p where p.login_key = f.login_key)"
                + " order by 1, 5")
            .setParameter(1, texts(keys))
            .setParameter(2, texts(ids))
            .getResultList();
    for (Object[] r : rows) {
      String person = (String) r[1];
      String key = (String) r[2];
      if (((Number) r[0]).intValue() == 1) {
        formerHolders.put(key, person);
        if (!subjectApart && key.equals(subjectKey)) {
          formerOfSubject.add(person);
        }
        continue;
      }
      out.add(person);
      if (key != null && keys.contains(key)) {
        String m = Mobiles.key((String) r[3]);
        if (m != null) {
          mobilesOfLogins.add(m);
        }
        if (!subjectApart && key.equals(subjectKey)) {
          holders.add(person);
        }
      }
    }
    if (holders.size() > 1) {
      // the refusal names them in the directory's order
      holders = holdersOf(subject);
    }
    out.addAll(formerHolders.values());
    if (!subjectApart) {
      formerHolder =
          formerOfSubject.size() > 1
              ? formerHolderOf(subject)
              : formerOfSubject.stream().findFirst();
    }
    mobiles.removeAll(mobilesOfLogins);
    out.addAll(soleHoldersOfMobiles(mobiles).values());
    return new Caller(List.copyOf(holders), formerHolder, out);
  }

  /**
   * For each of these mobile keys ({@link Mobiles#key}) that exactly one person of the directory
   * has, that person (docs/decisions/0246). A mobile two people share names neither: picking one
   * would let the other pass as someone else.
   */
  private Map<String, String> soleHoldersOfMobiles(Collection<String> mobileKeys) {
    Map<String, String> out = new HashMap<>();
    if (mobileKeys.isEmpty()) {
      return out;
    }
    Set<String> shared = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        read("select mobile_key, external_id from directory_person where mobile_key = any(?1)")
            .setParameter(1, texts(mobileKeys))
            .getResultList();
    for (Object[] r : rows) {
      if (out.putIfAbsent((String) r[0], (String) r[1]) != null) {
        shared.add((String) r[0]);
      }
    }
    out.keySet().removeAll(shared);
    return out;
  }

  /**
   * A collection bound as one text array ({@code = any(?)}): the statement is the same whatever the
   * number of values, so its plan is kept, where a list parameter's {@code in (...)} was translated
   * again for every call (docs/decisions/0314).
   */
  static String[] texts(Collection<String> values) {
    return values.toArray(String[]::new);
  }

  /**
   * A native read of the directory's tables: a pending change of them is flushed first, as before a
   * query of its entities, and nothing else (a ticket being written is not flushed by it).
   */
  private jakarta.persistence.Query read(String sql) {
    return em.createNativeQuery(sql)
        .unwrap(org.hibernate.query.NativeQuery.class)
        .addSynchronizedEntityClass(org.bihuan.rectification.DirectoryPerson.class)
        .addSynchronizedQuerySpace("directory_former_login")
        .addSynchronizedQuerySpace("directory_former_name");
  }
}
