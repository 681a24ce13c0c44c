package org.bihuan.rectification.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.rectification.config.DirectorySettings;
import org.bihuan.rectification.mapping.DirectoryInput.SnapshotPerson;
import org.bihuan.rectification.mapping.DirectoryInput.SnapshotUnit;

/**
 * Reads the body of POST /directory:sync as a stream (docs/decisions/0204): {@code {"units": [...],
 * "people": [...]}}, each entry checked as the API checks a body and handed on as soon as it is
 * read, so that no list is held whole. The body's size and the lists' lengths are bounded by {@code
 * bihuan.directory.*} (413 beyond); a body of another form is refused (400).
 */
@ApplicationScoped
public class DirectorySnapshotReader {

  @Inject ObjectMapper mapper;
  @Inject Validator validator;
  @Inject DirectorySettings settings;

  /** Where the entries of one list go, in the order the snapshot gives them. */
  public interface Sink<T> {
    void accept(T item, int index);

    /** The list is read to its end. */
    void end();
  }

  /**
   * Reads the snapshot, handing each unit and person to its sink; both lists are required (an empty
   * list is a list).
   */
  public void read(InputStream body, Sink<SnapshotUnit> units, Sink<SnapshotPerson> people)
      throws IOException {
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
          readList(p, "units", settings.maxUnits(), SnapshotUnit.class, units);
        } else if ("people".equals(field) && !sawPeople) {
          sawPeople = true;
          readList(p, "people", settings.maxPeople(), SnapshotPerson.class, people);
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
  }

  /** Reads a JSON list item by item, each checked as the API checks a body. */
  private <T> void readList(JsonParser p, String list, int max, Class<T> type, Sink<T> sink)
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
      sink.accept(item, i++);
    }
    sink.end();
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
