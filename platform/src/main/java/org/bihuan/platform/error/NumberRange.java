package org.bihuan.platform.error;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Field;
import java.util.List;

/**
 * What to say of a body number too large for its Java type ({@code "percent":
 * 9223372036854775808}): the range the field accepts ({@code @Min}/{@code @Max} where declared,
 * else the type's), in the product's words, instead of Jackson's "out of range of int".
 */
final class NumberRange {

  private NumberRange() {}

  /** The message for {@code e}'s field, or null when {@code e} is not an out-of-range number. */
  static String outOfRange(JsonMappingException e) {
    if (!(e.getCause() instanceof InputCoercionException coercion)) {
      return null;
    }
    Class<?> type = coercion.getTargetType();
    long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
    Field field = fieldOf(e.getPath());
    if (field != null) {
      Min lower = field.getAnnotation(Min.class);
      Max upper = field.getAnnotation(Max.class);
      min = lower != null ? lower.value() : min;
      max = upper != null ? upper.value() : max;
    }
    return "must be a whole number from " + min + " to " + max;
  }

  private static Field fieldOf(List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return null;
    }
    JsonMappingException.Reference last = path.get(path.size() - 1);
    Object from = last.getFrom();
    if (last.getFieldName() == null || from == null) {
      return null;
    }
    Class<?> owner = from instanceof Class<?> c ? c : from.getClass();
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(last.getFieldName());
      } catch (NoSuchFieldException e) {
        // declared higher up, or named differently in JSON: try the superclass
      }
    }
    return null;
  }
}
