package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The wrong values {@link MutationSuite} puts in place of valid ones: headers, path and query
 * parameters, a body field, the body as a whole, and the multipart upload it starts from.
 */
final class MutationValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String HUGE = "长".repeat(20_000);

  private MutationValues() {}

  static final Map<String, Map<String, String>> HEADER_MUTATIONS = new LinkedHashMap<>();

  static {
    HEADER_MUTATIONS.put("Accept image/png", Map.of("Accept", "image/png"));
    HEADER_MUTATIONS.put("Accept garbage", Map.of("Accept", "garbage;;q=x"));
    HEADER_MUTATIONS.put("If-Match other version", Map.of("If-Match", "\"999999\""));
    HEADER_MUTATIONS.put("If-Match garbage", Map.of("If-Match", "garbage, W/, \""));
    HEADER_MUTATIONS.put("If-None-Match *", Map.of("If-None-Match", "*"));
    HEADER_MUTATIONS.put("Idempotency-Key overlong", Map.of("Idempotency-Key", "k".repeat(300)));
    HEADER_MUTATIONS.put("Idempotency-Key empty", Map.of("Idempotency-Key", ""));
    HEADER_MUTATIONS.put("Bearer garbage", Map.of("Authorization", "Bearer garbage.token.x"));
    HEADER_MUTATIONS.put("Basic auth", Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));
    HEADER_MUTATIONS.put("Content-Type garbage", Map.of("Content-Type", "no/such;;type"));
  }

  static final List<String> PATH_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%01",
          "%E2%80%8B",
          "%ED%A0%80",
          "%FF%FE",
          "a".repeat(3000),
          "-1",
          "0",
          "99999999999999999999",
          "null",
          "%20",
          "..",
          "%2e%2e",
          "%2F",
          "00000000-0000-0000-0000-000000000000",
          UUID.randomUUID().toString(),
          "%E6%95%B4%E6%94%B9");

  static List<String> queryValuesFor(String name) {
    List<String> v =
        new ArrayList<>(
            List.of(
                "%00",
                "x%00y",
                "%1B%5B31m",
                "%ED%A0%80",
                "a".repeat(3000),
                "-1",
                "0",
                "1.5",
                "abc",
                "true",
                "99999999999999999999",
                "-999999999-01-01",
                "%2B5874898-01-01",
                "0000-01-01",
                "2024-02-30",
                "%E2%80%8B",
                ""));
    if (name.equals("cursor")) {
      v.addAll(List.of("!!!!", "AAAA", "eyJ4IjoxfQ", "LTE", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5"));
    }
    if (name.equals("wait")) {
      // never a real wait: the suite must stay fast
      v.removeIf(s -> s.matches("\\d+") && !s.equals("0"));
      v.add("31");
    }
    return v;
  }

  static Map<String, JsonNode> fieldValues() {
    Map<String, JsonNode> v = new LinkedHashMap<>();
    v.put("null", NODES.nullNode());
    v.put("true", NODES.booleanNode(true));
    v.put("12", NODES.numberNode(12));
    v.put("1.5", NODES.numberNode(1.5));
    v.put("-1", NODES.numberNode(-1));
    v.put("2^31", NODES.numberNode(2147483648L));
    v.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
    v.put("string", NODES.textNode("x"));
    v.put("empty string", NODES.textNode(""));
    v.put("U+0000", NODES.textNode("整改\u0000"));
    v.put("U+0007", NODES.textNode("\u0007"));
    v.put("lone surrogate", NODES.textNode("a\ud800b"));
    v.put("huge string", NODES.textNode(HUGE));
    v.put("date far past", NODES.textNode("-999999999-01-01"));
    v.put("date far future", NODES.textNode("+5874898-01-01"));
    v.put("year 0", NODES.textNode("0000-01-01"));
    v.put("date as number", NODES.numberNode(20240630));
    v.put("ordinal 0", NODES.numberNode(0));
    v.put("unknown enum", NODES.textNode("NOT_A_VALUE"));
    v.put("empty array", NODES.arrayNode());
    v.put("empty object", NODES.objectNode());
    ObjectNode garbage = NODES.objectNode();
    garbage.putObject("a").putArray("b").add(1).addObject().putNull("c");
    v.put("nested garbage", garbage);
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 600; i++) {
      many.add(UUID.randomUUID().toString());
    }
    v.put("600 items", many);
    return v;
  }

  static Map<String, byte[]> wholeBodyMutations(byte[] baseline, String bodyType) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    String text = new String(baseline, StandardCharsets.UTF_8);
    m.put("empty", new byte[0]);
    m.put("truncated", text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
    m.put("one byte", text.substring(0, 1).getBytes(StandardCharsets.UTF_8));
    m.put("not json", "整改 not json".getBytes(StandardCharsets.UTF_8));
    m.put("json null", "null".getBytes(StandardCharsets.UTF_8));
    m.put("json array", "[]".getBytes(StandardCharsets.UTF_8));
    m.put("json string", "\"x\"".getBytes(StandardCharsets.UTF_8));
    m.put("json number", "12".getBytes(StandardCharsets.UTF_8));
    m.put("trailing garbage", (text + "}}]").getBytes(StandardCharsets.UTF_8));
    m.put(
        "invalid utf-8",
        new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    m.put("deep nesting", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    if (text.startsWith("{") && text.length() > 2) {
      m.put(
          "extra field",
          ("{\"unexpectedField\": 1, " + text.substring(1)).getBytes(StandardCharsets.UTF_8));
      m.put(
          "duplicate field",
          text.replaceFirst("\\{", "{\"x\":1,\"x\":2,").getBytes(StandardCharsets.UTF_8));
    }
    m.put("type:text/plain|", baseline);
    m.put("type:application/xml|", "<a/>".getBytes(StandardCharsets.UTF_8));
    m.put("type:application/x-www-form-urlencoded|", "a=%00".getBytes(StandardCharsets.UTF_8));
    m.put(
        "type:multipart/form-data; boundary=x|",
        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\ntrunc"
            .getBytes(StandardCharsets.UTF_8));
    m.put("type:multipart/form-data|", "garbage".getBytes(StandardCharsets.UTF_8));
    m.put("type:application/json; charset=klingon|", baseline);
    if (bodyType != null && bodyType.startsWith("multipart/")) {
      m.put(
          "file named with U+0000",
          multipart("a\u0000.pdf", "application/pdf", new byte[] {1}, "d"));
      m.put(
          "description with U+0000",
          multipart("a.pdf", "application/pdf", new byte[] {1}, "d\u0000"));
      m.put(
          "html file",
          multipart(
              "页.html", "text/html", "<script>1</script>".getBytes(StandardCharsets.UTF_8), "d"));
      m.put("garbage media type", multipart("a.bin", "no/such/type;;", new byte[] {1}, "d"));
      m.put("empty file", multipart("a.pdf", "application/pdf", new byte[0], "d"));
    }
    return m;
  }

  static byte[] multipart(String filename, String type, byte[] content, String description) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--mutation\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(
        ("\r\n--mutation\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                + description
                + "\r\n--mutation--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
