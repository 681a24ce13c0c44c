package org.bihuan.rectification.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.text.Logins;
import org.bihuan.platform.text.Mobiles;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.mapping.DirectoryInput.SnapshotPerson;
import org.bihuan.rectification.mapping.DirectoryInput.SnapshotUnit;
import org.bihuan.rectification.mapping.DirectoryView;
import org.bihuan.rectification.service.DirectoryWrites.Change;

/**
 * POST /directory:sync: the whole directory as the OA system has it, applied in one transaction
 * under the directory's lock (docs/decisions/0204). The body is read as a stream ({@link
 * DirectorySnapshotReader}), entries are written in batches and the session cleared after each, so
 * 20,000 people cost a few megabytes; only the ids seen are kept. Entries the snapshot leaves out
 * are sealed, never deleted. Any invalid entry refuses the whole snapshot (400, nothing changed).
 */
@ApplicationScoped
public class DirectorySync {

  static final int BATCH = 500;

  @Inject DirectorySnapshotReader reader;
  @Inject DirectoryWrites writes;
  @Inject DirectoryRelinks relinks;
  @Inject EntityManager em;
  @Inject OrganisationClock clock;

  /** Tallies of one kind of entry. */
  private static final class Tally {
    int created, updated, sealed, unsealed, unchanged;

    void add(Change c) {
      switch (c) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case SEALED -> sealed++;
        case UNSEALED -> unsealed++;
        case UNCHANGED -> unchanged++;
      }
    }

    DirectoryView.Counts counts() {
      return new DirectoryView.Counts(created, updated, sealed, unsealed, unchanged);
    }
  }

  /** What the snapshot said so far: ids seen (with their index) and units people name. */
  private static final class Seen {
    final Map<String, Integer> units = new HashMap<>();
    final Map<String, Boolean> unitSealed = new HashMap<>();
    final Map<String, Integer> people = new HashMap<>();
    final Map<String, Integer> logins = new HashMap<>();
    final Map<String, Integer> loginsAsMobiles = new HashMap<>();
    final Map<String, Integer> mobiles = new HashMap<>();
    final Map<String, Integer> unitNames = new HashMap<>();
    final Map<String, Integer> namedUnits = new LinkedHashMap<>();
    final Tally unitTally = new Tally();
    final Tally personTally = new Tally();
  }

  // A whole directory (up to 50,000 people) on a small, busy machine takes longer than the default
  // transaction timeout; the sync holds only the directory's own lock meanwhile.
  @TransactionConfiguration(timeoutFromConfigProperty = "bihuan.directory.sync-timeout")
  @Transactional(rollbackOn = IOException.class)
  public DirectoryView.SyncResult sync(InputStream body) throws IOException {
    writes.lock();
    // Each batch's inserts and updates in a few round trips, not one per entry.
    em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(BATCH);
    Instant now = clock.now();
    Seen seen = new Seen();
    reader.read(
        body,
        this.<SnapshotUnit>batched(
            (u, i) -> {
              duplicate("units", i, seen.units.putIfAbsent(u.externalId(), i));
              duplicateName(u, i, seen.unitNames);
              seen.unitSealed.put(u.externalId(), Boolean.TRUE.equals(u.sealed()));
            },
            batch -> applyUnits(batch, seen, now)),
        this.<SnapshotPerson>batched(
            (q, i) -> {
              duplicate("people", i, seen.people.putIfAbsent(q.externalId(), i));
              duplicateLogin(q, i, seen.logins);
              loginNotAMobile(q, i, seen);
              if (q.unitExternalId() != null && !Boolean.TRUE.equals(q.sealed())) {
                seen.namedUnits.putIfAbsent(q.unitExternalId(), i);
              }
            },
            batch -> applyPeople(batch, seen, now)));
    checkNamedUnits(seen);
    this.<DirectoryUnit>sealMissing(
        DirectoryUnit.class, seen.units, seen.unitTally, now, writes::seal, writes::emit);
    this.<DirectoryPerson>sealMissing(
        DirectoryPerson.class, seen.people, seen.personTally, now, writes::seal, writes::emit);
    // Names tickets gave before their unit or person was in the directory are linked after the
    // sync commits, in the background (0333).
    relinks.afterCommit();
    return new DirectoryView.SyncResult(seen.unitTally.counts(), seen.personTally.counts());
  }

  /**
   * A sink that notes each entry as it is read and applies the entries {@link #BATCH} at a time,
   * the last ones when the list ends.
   */
  private <T> DirectorySnapshotReader.Sink<T> batched(
      BiConsumer<T, Integer> note, Consumer<List<T>> apply) {
    List<T> batch = new ArrayList<>();
    return new DirectorySnapshotReader.Sink<>() {
      @Override
      public void accept(T item, int index) {
        note.accept(item, index);
        batch.add(item);
        if (batch.size() == BATCH) {
          apply.accept(batch);
        }
      }

      @Override
      public void end() {
        apply.accept(batch);
      }
    };
  }

  private static void duplicate(String list, int index, Integer first) {
    if (first != null) {
      throw ApiProblem.invalidField(
          list + "[" + index + "].externalId",
          "is listed twice (also " + list + "[" + first + "])");
    }
  }

  /**
   * Two units in use may not have one name however written (UnitNames.key, docs/decisions/0234):
   * the snapshot replaces the directory, so only its own units are compared.
   */
  private static void duplicateName(SnapshotUnit u, int index, Map<String, Integer> names) {
    String key = UnitNames.key(u.name());
    if (key.isEmpty() || Boolean.TRUE.equals(u.sealed())) {
      return;
    }
    Integer first = names.putIfAbsent(key, index);
    if (first != null) {
      throw ApiProblem.invalidField(
          "units[" + index + "].name",
          "'"
              + u.name().strip()
              + "' is also the name of units["
              + first
              + "] (unit names are compared without blanks, width, case, punctuation or the"
              + " difference of traditional and simplified characters): one name names one unit"
              + " (units["
              + first
              + "] and units["
              + index
              + "] share it; seal one of them)");
    }
  }

  /**
   * A login that is another person's mobile, or a mobile that is another person's login, would let
   * one sign-on name two people (docs/decisions/0249): refused whichever of the two is listed
   * first. A person's login may be his own mobile.
   */
  private static void loginNotAMobile(SnapshotPerson q, int index, Seen seen) {
    if (Boolean.TRUE.equals(q.sealed())) {
      return;
    }
    String login = DirectoryWrites.blankToNull(q.login());
    String loginAsMobile = Mobiles.key(login);
    String mobile = Mobiles.key(DirectoryWrites.blankToNull(q.mobile()));
    if (loginAsMobile != null) {
      Integer other = seen.mobiles.get(loginAsMobile);
      if (other != null && other != index) {
        throw ApiProblem.invalidField(
            "people[" + index + "].login",
            "'"
                + login
                + "' is the mobile number of people["
                + other
                + "]: a sign-on by it would name both people");
      }
      seen.loginsAsMobiles.putIfAbsent(loginAsMobile, index);
    }
    if (mobile != null) {
      Integer other = seen.loginsAsMobiles.get(mobile);
      if (other != null && other != index) {
        throw ApiProblem.invalidField(
            "people[" + index + "].mobile",
            "'"
                + q.mobile().strip()
                + "' is the login of people["
                + other
                + "]: a sign-on by it would name both people");
      }
      // a mobile several people share is allowed (it names none of them, 0246); any one of them
      // stands for it here
      seen.mobiles.putIfAbsent(mobile, index);
    }
  }

  /** Two people in use may not share a login (docs/decisions/0223). */
  private static void duplicateLogin(SnapshotPerson q, int index, Map<String, Integer> logins) {
    String login = DirectoryWrites.blankToNull(q.login());
    if (login == null || Boolean.TRUE.equals(q.sealed())) {
      return;
    }
    // ZHAOYS, zhaoys and zhaoys@corp are one login (0229)
    Integer first = logins.putIfAbsent(Logins.key(login), index);
    if (first != null) {
      throw ApiProblem.invalidField(
          "people[" + index + "].login",
          "'"
              + login
              + "' is also the login of people["
              + first
              + "] (logins are compared without case, width, surrounding blanks or an @domain"
              + " part): a login names one person (people["
              + first
              + "] and people["
              + index
              + "] share it)");
    }
  }

  private void applyUnits(List<SnapshotUnit> batch, Seen seen, Instant now) {
    Map<String, DirectoryUnit> known = new HashMap<>();
    DirectoryUnit.<DirectoryUnit>list(
            "externalId in ?1", batch.stream().map(SnapshotUnit::externalId).toList())
        .forEach(u -> known.put(u.externalId, u));
    List<DirectoryWrites.Applied<DirectoryUnit>> applied = new ArrayList<>();
    for (SnapshotUnit u : batch) {
      applied.add(writes.unit(known.get(u.externalId()), u.externalId(), u.entry(), now));
    }
    flushAndEmit(applied, seen.unitTally, writes::emit);
    batch.clear();
  }

  private void applyPeople(List<SnapshotPerson> batch, Seen seen, Instant now) {
    Map<String, DirectoryPerson> known = new HashMap<>();
    DirectoryPerson.<DirectoryPerson>list(
            "externalId in ?1", batch.stream().map(SnapshotPerson::externalId).toList())
        .forEach(q -> known.put(q.externalId, q));
    List<DirectoryWrites.Applied<DirectoryPerson>> applied = new ArrayList<>();
    for (SnapshotPerson q : batch) {
      applied.add(writes.person(known.get(q.externalId()), q.externalId(), q.entry(), now));
    }
    flushAndEmit(applied, seen.personTally, writes::emit);
    batch.clear();
  }

  private interface Emit<E> {
    void emit(Change change, E entry);
  }

  /** Writes a batch, sends its events with the new versions, and forgets its entities. */
  private <E> void flushAndEmit(
      List<DirectoryWrites.Applied<E>> applied, Tally tally, Emit<E> emit) {
    em.flush();
    for (DirectoryWrites.Applied<E> a : applied) {
      tally.add(a.change());
      emit.emit(a.change(), a.entry());
    }
    em.clear();
  }

  /**
   * A person in use names a unit: it must be in the snapshot and in use there. Checked once the
   * whole snapshot is read, so units and people may come in either order.
   */
  private static void checkNamedUnits(Seen seen) {
    for (Map.Entry<String, Integer> e : seen.namedUnits.entrySet()) {
      String field = "people[" + e.getValue() + "].unitExternalId";
      if (!seen.units.containsKey(e.getKey())) {
        throw ApiProblem.invalidField(
            field, "names unit '" + e.getKey() + "', which the snapshot's units do not list");
      }
      if (seen.unitSealed.get(e.getKey())) {
        throw ApiProblem.invalidField(
            field, "names unit '" + e.getKey() + "', which the snapshot seals (封存)");
      }
    }
  }

  private interface Seal<E> {
    void seal(E entry, Instant now);
  }

  /** Seals, batch by batch, every entry in use that the snapshot left out. */
  private <E> void sealMissing(
      Class<E> type,
      Map<String, Integer> seen,
      Tally tally,
      Instant now,
      Seal<E> seal,
      Emit<E> emit) {
    String entity = type.getSimpleName();
    List<String> missing =
        em.createQuery(
                "select e.externalId from " + entity + " e where e.sealed = false order by e.seq",
                String.class)
            .getResultStream()
            .filter(x -> !seen.containsKey(x))
            .toList();
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<String> ids = missing.subList(from, Math.min(missing.size(), from + BATCH));
      List<E> rows =
          em.createQuery("select e from " + entity + " e where e.externalId in :ids", type)
              .setParameter("ids", ids)
              .getResultList();
      List<DirectoryWrites.Applied<E>> applied = new ArrayList<>();
      for (E row : rows) {
        seal.seal(row, now);
        applied.add(new DirectoryWrites.Applied<>(row, Change.SEALED));
      }
      flushAndEmit(applied, tally, emit);
    }
  }
}
