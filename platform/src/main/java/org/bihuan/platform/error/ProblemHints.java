package org.bihuan.platform.error;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bihuan.platform.text.EditDistance;

/**
 * What to do instead, for answers that would otherwise only say "no": the fields that are expected
 * in place of an unknown one, and the roles an operation needs.
 */
final class ProblemHints {

  private ProblemHints() {}

  /**
   * The detail for an unknown field: the expected fields, and the likely one when the name is close
   * to it or when there is only one (e.g. {@code reason} where only {@code comment} exists).
   */
  static String unknownField(String field, Collection<Object> known) {
    String leaf = field.substring(field.lastIndexOf('.') + 1);
    List<String> names = known.stream().map(String::valueOf).sorted().toList();
    if (names.isEmpty()) {
      return "Unknown field '" + field + "'.";
    }
    Optional<String> guess = likely(leaf, names);
    return "Unknown field '"
        + field
        + "'"
        + guess.map(g -> "; did you mean '" + g + "'?").orElse(".")
        + " Expected fields: "
        + String.join(", ", names)
        + ".";
  }

  /**
   * The name among {@code names} (sorted) that {@code given} most likely meant: the only one, or
   * the closest within a few letters, case aside ({@code backfil}, {@code workflowName}).
   */
  static Optional<String> likely(String given, List<String> names) {
    if (names.size() == 1) {
      return Optional.of(names.get(0));
    }
    return names.stream()
        .filter(
            n ->
                distance(given.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT))
                    <= Math.max(2, n.length() / 3))
        .min((a, b) -> distance(given, a) - distance(given, b));
  }

  /** The roles an operation needs, from its {@code @RolesAllowed} (method first, then class). */
  static ApiProblem rolesNeeded(Method method) {
    RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
    if (allowed == null && method != null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed == null) {
      return ApiProblem.forbidden("您的角色无权执行此操作。");
    }
    return ApiProblem.roleNeeded(List.of(allowed.value()), null);
  }

  private static int distance(String a, String b) {
    return EditDistance.between(a, b);
  }
}
