package org.bihuan.problem.rest;

import java.util.Arrays;
import java.util.UUID;
import org.bihuan.platform.problem.ApiProblem;

/** Query parameters read as strings and checked here, so a bad one is a 400 naming the field. */
final class QueryValues {

  private QueryValues() {}

  static UUID uuid(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(field, "must be a UUID");
    }
  }

  static <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  static boolean flag(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase()) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiProblem.invalidField(field, "must be true or false");
    };
  }
}
