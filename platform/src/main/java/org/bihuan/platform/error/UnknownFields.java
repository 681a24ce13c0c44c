package org.bihuan.platform.error;

import java.util.Collection;
import java.util.List;

/**
 * A member of a free-form object (a connector's {@code options}) that the object does not take,
 * named by its path and answered as the strict reader answers an unknown field of a body: the
 * likely one and the expected ones ({@link ProblemHints}), so {@code options.backfil} is refused
 * with "did you mean 'backfill'?" (docs/decisions/0348).
 */
public final class UnknownFields {

  private UnknownFields() {}

  /** The error for {@code path}, whose last segment is not among {@code known}. */
  public static FieldError of(String path, Collection<String> known) {
    String leaf = path.substring(path.lastIndexOf('.') + 1);
    List<String> names = known.stream().sorted().toList();
    if (names.isEmpty()) {
      return new FieldError(path, "unknown field; nothing is taken here");
    }
    return new FieldError(
        path,
        "unknown field"
            + ProblemHints.likely(leaf, names).map(g -> "; did you mean '" + g + "'?").orElse(".")
            + " Expected fields: "
            + String.join(", ", names)
            + ".");
  }

  /**
   * The one of {@code names} that {@code given} most likely meant, or null: for values that name
   * something, such as a placeholder of a link template.
   */
  public static String likely(String given, Collection<String> names) {
    return ProblemHints.likely(given, names.stream().sorted().toList()).orElse(null);
  }
}
