package org.bihuan.platform.idempotency;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON body as an Idempotency-Key compares it: the same value whatever the order of an object's
 * members and the spacing between tokens ({@code {"a":1,"b":2}} and {@code { "b": 2, "a": 1 }} are
 * one request), and whether a member left empty is written as {@code null}, {@code []}, {@code {}}
 * or left out ({@code {"note":"x","percent":null}}, {@code {"note":"x","units":[]}} and {@code
 * {"note":"x"}}: every input reads them as absent; no route takes a merge patch). Numbers and
 * strings are kept as written ({@code 1} and {@code 1.0} differ), and so is a {@code null} in an
 * array. A body that is not one well-formed JSON value, or holds a member twice, is compared byte
 * for byte — it will be refused anyway.
 */
final class CanonicalJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private CanonicalJson() {}

  /** The canonical bytes of {@code body}, or {@code body} itself when it is no JSON value. */
  static byte[] of(byte[] body) {
    try {
      Object value = MAPPER.readValue(body, Object.class);
      return MAPPER.writeValueAsBytes(withoutEmptyMembers(value));
    } catch (IOException | RuntimeException e) {
      return body;
    }
  }

  /**
   * The value without the object members that are empty: {@code null}, {@code []} or {@code {}},
   * also once their own empty members are dropped (0336, 0351). Values inside arrays are kept.
   */
  private static Object withoutEmptyMembers(Object value) {
    if (value instanceof Map<?, ?> object) {
      Map<Object, Object> out = new LinkedHashMap<>();
      object.forEach(
          (k, v) -> {
            Object kept = withoutEmptyMembers(v);
            if (!isEmpty(kept)) {
              out.put(k, kept);
            }
          });
      return out;
    }
    if (value instanceof List<?> array) {
      List<Object> out = new ArrayList<>(array.size());
      array.forEach(v -> out.add(withoutEmptyMembers(v)));
      return out;
    }
    return value;
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof Map<?, ?> m && m.isEmpty())
        || (value instanceof List<?> l && l.isEmpty());
  }
}
