package org.bihuan.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.platform.input.RefusedValue;
import org.bihuan.platform.input.SupportedDates;

/**
 * What is wrong with a request's body, and where: the 400 answers for bean validation's violations
 * and for JSON that is malformed, of the wrong type or refused by the strict reader, each naming
 * the field's path ({@code responsibleUnits[0].name}). {@link ProblemMapping} answers them.
 */
final class BodyProblems {

  private BodyProblems() {}

  /**
   * The answer to one of the failures {@link ProblemMapping#body} maps, the most specific first.
   */
  static ApiProblem of(Exception e) {
    if (e instanceof ConstraintViolationException v) {
      return constraintViolation(v);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return unrecognizedProperty(u);
    }
    if (e instanceof RefusedValue r) {
      return refusedValue(r);
    }
    if (e instanceof InvalidFormatException f) {
      return invalidFormat(f);
    }
    if (e instanceof MismatchedInputException m) {
      return mismatchedInput(m);
    }
    if (e instanceof JsonMappingException m) {
      return jsonMapping(m);
    }
    if (e instanceof JsonProcessingException j) {
      return notJson(j);
    }
    throw new IllegalArgumentException("Not a body's failure: " + e.getClass().getName(), e);
  }

  private static ApiProblem constraintViolation(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(BodyProblems::fieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return ApiProblem.invalid(detail, errors);
  }

  private static ApiProblem unrecognizedProperty(UnrecognizedPropertyException e) {
    String field = pathOf(e);
    return ApiProblem.invalid(
        ProblemHints.unknownField(field, e.getKnownPropertyIds()),
        List.of(new FieldError(field, "unknown field; see the API contract")));
  }

  /** A value of the right JSON shape that is still refused: a control character, a bad date. */
  private static ApiProblem refusedValue(RefusedValue e) {
    String field = pathOf(e);
    return ApiProblem.invalid(
        (field.isEmpty() ? "The body" : field) + ": " + e.reason(),
        List.of(new FieldError(field, e.reason())));
  }

  private static ApiProblem invalidFormat(InvalidFormatException e) {
    String field = pathOf(e);
    Class<?> target = e.getTargetType();
    String message =
        target == null
            ? "cannot read " + describe(e.getValue())
            : "must be " + jsonTypeOf(target) + ", not " + describe(e.getValue());
    return ApiProblem.invalid(field + ": " + message, List.of(new FieldError(field, message)));
  }

  private static ApiProblem mismatchedInput(MismatchedInputException e) {
    String field = pathOf(e);
    String message =
        e.getTargetType() != null
            ? "has the wrong type; expected " + jsonTypeOf(e.getTargetType())
            : "is malformed";
    if (e.getCause() instanceof StreamReadException read) {
      // a syntax error inside the field: the sentence staff read, then the parser's own words
      message = "不是有效的 JSON：" + read.getOriginalMessage();
    }
    if (field.isEmpty()) {
      return ApiProblem.badRequest("请求体对此操作而言不是有效的 JSON。");
    }
    return ApiProblem.invalid(field + " " + message, List.of(new FieldError(field, message)));
  }

  static ApiProblem jsonMapping(JsonMappingException e) {
    String field = pathOf(e);
    Throwable cause = e.getCause();
    String range = NumberRange.outOfRange(e);
    String message =
        range != null
            ? range
            : cause instanceof StreamReadException read
                ? read.getOriginalMessage()
                : cause != null && cause.getMessage() != null ? cause.getMessage() : "is invalid";
    if (field.isEmpty()) {
      return ApiProblem.badRequest("请求体不是有效的 JSON：" + message);
    }
    if (range == null && cause instanceof StreamReadException) {
      // a syntax error inside the field: the sentence staff read, then the parser's own words
      message = "不是有效的 JSON：" + message;
    }
    return ApiProblem.invalid(field + ": " + message, List.of(new FieldError(field, message)));
  }

  /** What is wrong with a body that is not JSON, and where (line and column). */
  static ApiProblem notJson(JsonProcessingException e) {
    String what = e.getOriginalMessage();
    if (what != null) {
      // Jackson's messages may quote the offending input; keep the first line and not too much.
      int nl = what.indexOf('\n');
      what = nl >= 0 ? what.substring(0, nl) : what;
      what = what.length() > 200 ? what.substring(0, 200) + "…" : what;
    }
    String where =
        e.getLocation() != null && e.getLocation().getLineNr() > 0
            ? "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）"
            : "";
    // Jackson's own words (what it found) stay as it wrote them, after the sentence staff read
    return ApiProblem.badRequest("请求体不是有效的 JSON" + where + (what != null ? "：" + what : "。"));
  }

  private static FieldError fieldError(ConstraintViolation<?> v) {
    String field = fieldOf(v);
    return field.equals(BodyParameter.FIELD) && v.getInvalidValue() == null
        ? new FieldError(field, "请求体不能为空：需要一个 JSON 对象")
        : new FieldError(field, v.getMessage());
  }

  private static String fieldOf(ConstraintViolation<?> v) {
    // "create.body.responsibleUnits[0].name" -> "responsibleUnits[0].name"; "list.limit" ->
    // "limit";
    // "register.in.events[0].<list element>" -> "events[0]"
    List<Path.Node> nodes = new ArrayList<>();
    v.getPropertyPath().forEach(nodes::add);
    nodes.removeIf(
        n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR);
    if (BodyParameter.isBody(v, nodes)) {
      return BodyParameter.FIELD;
    }
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : nodes) {
      if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
        // an element of a list of values ("events": [""]): its index, not "<list element>"
        if (n.getIndex() != null) {
          sb.append('[').append(n.getIndex()).append(']');
        }
        continue;
      }
      if (n.getIndex() != null) {
        sb.append('[').append(n.getIndex()).append(']');
      }
      if (n.getName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(n.getName());
      }
    }
    return sb.toString();
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    return "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'";
  }

  private static String jsonTypeOf(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date string YYYY-MM-DD between "
          + SupportedDates.MIN
          + " and "
          + SupportedDates.MAX;
    }
    if (type == UUID.class) {
      return "a UUID string";
    }
    if (type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == int.class
        || type == long.class
        || type == short.class
        || type == java.math.BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
