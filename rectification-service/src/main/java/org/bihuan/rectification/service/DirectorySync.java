package org.bihuan.rectification.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.config.DirectorySettings;
import org.bihuan.rectification.rest.DirectoryInput.SnapshotPerson;
import org.bihuan.rectification.rest.DirectoryInput.SnapshotUnit;
import org.bihuan.rectification.rest.DirectoryView;
import org.bihuan.rectification.service.DirectoryWrites.Change;

/**
 * POST /directory:sync: the whole directory as the OA system has it, applied in one transaction
 * under the directory's lock (docs/decisions/0204). The body is read as a stream, entries are
 * written in batches and the session cleared after each, so 20,000 people cost a few megabytes;
 * only the ids seen are kept. Entries the snapshot leaves out are sealed, never deleted. Any
 * invalid entry refuses the whole snapshot (400, nothing changed).
 */
@ApplicationScoped
public class DirectorySync {

  static final int BATCH = 500;

  @Inject ObjectMapper mapper;
  @Inject Validator validator;
  @Inject DirectoryWrites writes;
  @Inject DirectoryWriters writers;
  @Inject EntityManager em;
  @Inject OrganisationClock clock;
  @Inject DirectorySettings settings;

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
    final Map<String, Integer> namedUnits = new LinkedHashMap<>();
    final Tally unitTally = new Tally();
    final Tally personTally = new Tally();
  }

  @Transactional(rollbackOn = IOException.class)
  public DirectoryView.SyncResult sync(InputStream body) throws IOException {
    writers.require();
    writes.lock();
    // Each batch's inserts and updates in a few round trips, not one per entry.
    em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(BATCH);
    Instant now = clock.now();
    Seen seen = new Seen();
    boolean sawUnits = false;
    boolean sawPeople = false;
    try (JsonParser p = mapper.getFactory().createParser(bounded(body))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw ApiProblem.badRequest(
            "The body must be a JSON object {\"units\": [...], \"people\": [...]}.");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("units".equals(field) && !sawUnits) {
          sawUnits = true;
          readUnits(p, seen, now);
        } else if ("people".equals(field) && !sawPeople) {
          sawPeople = true;
          readPeople(p, seen, now);
        } else {
          throw ApiProblem.invalidField(
              field,
              "units".equals(field) || "people".equals(field)
                  ? "is given twice"
                  : "unknown field; a snapshot has units and people");
        }
      }
      if (p.nextToken() != null) {
        throw ApiProblem.badRequest("The body holds more than one JSON value.");
      }
    }
    for (String list : List.of("units", "people")) {
      if (list.equals("units") ? !sawUnits : !sawPeople) {
        throw ApiProblem.invalidField(
            list, "is required: a snapshot lists every entry (an empty list seals them all)");
      }
    }
    checkNamedUnits(seen);
    this.<DirectoryUnit>sealMissing(
        DirectoryUnit.class, seen.units, seen.unitTally, now, writes::seal, writes::emit);
    this.<DirectoryPerson>sealMissing(
        DirectoryPerson.class, seen.people, seen.personTally, now, writes::seal, writes::emit);
    return new DirectoryView.SyncResult(seen.unitTally.counts(), seen.personTally.counts());
  }

  private void readUnits(JsonParser p, Seen seen, Instant now) throws IOException {
    List<SnapshotUnit> batch = new ArrayList<>();
    readList(
        p,
        "units",
        settings.maxUnits(),
        SnapshotUnit.class,
        (u, i) -> {
          duplicate("units", i, seen.units.putIfAbsent(u.externalId(), i));
          seen.unitSealed.put(u.externalId(), Boolean.TRUE.equals(u.sealed()));
          batch.add(u);
          if (batch.size() == BATCH) {
            applyUnits(batch, seen, now);
          }
        });
    applyUnits(batch, seen, now);
  }

  private void readPeople(JsonParser p, Seen seen, Instant now) throws IOException {
    List<SnapshotPerson> batch = new ArrayList<>();
    readList(
        p,
        "people",
        settings.maxPeople(),
        SnapshotPerson.class,
        (q, i) -> {
          duplicate("people", i, seen.people.putIfAbsent(q.externalId(), i));
          if (q.unitExternalId() != null && !Boolean.TRUE.equals(q.sealed())) {
            seen.namedUnits.putIfAbsent(q.unitExternalId(), i);
          }
          batch.add(q);
          if (batch.size() == BATCH) {
            applyPeople(batch, seen, now);
          }
        });
    applyPeople(batch, seen, now);
  }

  private interface Entry<T> {
    void accept(T item, int index);
  }

  /** Reads a JSON list item by item, each checked as the API checks a body. */
  private <T> void readList(JsonParser p, String list, int max, Class<T> type, Entry<T> entry)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ApiProblem.invalidField(list, "must be a list");
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (i >= max) {
        throw ApiProblem.tooLarge(
            "A snapshot holds at most "
                + max
                + " "
                + list
                + " (bihuan.directory.max-"
                + list
                + "); send the rest by PUT /api/v1/directory/"
                + list
                + "/{externalId}.");
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw ApiProblem.invalidField(list + "[" + i + "]", "must be an object");
      }
      T item;
      try {
        // One entry of a longer body: what follows it is the rest of the list, not trailing junk.
        item =
            mapper
                .readerFor(type)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readValue(p);
      } catch (JsonMappingException e) {
        e.prependPath(list, i);
        e.prependPath(list, list);
        throw e;
      }
      List<FieldError> errors = new ArrayList<>();
      for (ConstraintViolation<T> v : validator.validate(item)) {
        errors.add(new FieldError(list + "[" + i + "]." + v.getPropertyPath(), v.getMessage()));
      }
      if (!errors.isEmpty()) {
        errors.sort(Comparator.comparing(FieldError::field));
        throw ApiProblem.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
      }
      entry.accept(item, i++);
    }
  }

  private static void duplicate(String list, int index, Integer first) {
    if (first != null) {
      throw ApiProblem.invalidField(
          list + "[" + index + "].externalId",
          "is listed twice (also " + list + "[" + first + "])");
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

  /** The body, refused with 413 once it passes bihuan.directory.max-snapshot-bytes. */
  private InputStream bounded(InputStream in) {
    long max = settings.maxSnapshotBytes();
    return new FilterInputStream(in) {
      long read;

      private int count(int n) {
        if (n > 0 && (read += n) > max) {
          throw ApiProblem.tooLarge(
              "A directory snapshot may hold at most "
                  + max
                  + " bytes (bihuan.directory.max-snapshot-bytes).");
        }
        return n;
      }

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return count(super.read(b, off, len));
      }
    };
  }
}
