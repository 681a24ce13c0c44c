package org.bihuan.rectification.service;

import jakarta.persistence.Query;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Binds the parameters of a statement built by hand so that every one keeps its type from one
 * execution to the next. A null bound without a type goes to PostgreSQL as of no type, the same
 * value as text when it is not null: the driver then prepares the statement again under its new
 * types, and PostgreSQL parses and plans it at every execution instead of keeping its plan
 * (docs/decisions/0426). A nullable value is therefore given as text (the statement casts it) and
 * its null is bound as a text null.
 */
final class NativeParameters {

  private NativeParameters() {}

  /** Binds {@code values} to the positional parameters 1, 2, … of {@code q}. */
  static void bind(Query q, List<Object> values) {
    @SuppressWarnings("unchecked")
    NativeQuery<Object> typed = q.unwrap(NativeQuery.class);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        typed.setParameter(i + 1, null, StandardBasicTypes.STRING);
      } else {
        typed.setParameter(i + 1, v);
      }
    }
  }
}
