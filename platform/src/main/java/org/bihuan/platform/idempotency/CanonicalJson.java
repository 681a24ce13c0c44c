package org.bihuan.platform.idempotency;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * A JSON body as an Idempotency-Key compares it: the same value whatever the order of an object's
 * members and the spacing between tokens ({@code {"a":1,"b":2}} and {@code { "b": 2, "a": 1 }} are
 * one request). Numbers and strings are kept as written ({@code 1} and {@code 1.0} differ). A body
 * that is not one well-formed JSON value, or holds a member twice, is compared byte for byte — it
 * will be refused anyway.
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
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException | RuntimeException e) {
      return body;
    }
  }
}
