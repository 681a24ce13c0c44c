package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;

/**
 * A service's own served OpenAPI document as {@link MutationSuite} reads it: references resolved,
 * the example of a request body, and a valid-looking value for a schema or a query parameter.
 */
final class ServedOpenApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final JsonNode document;

  ServedOpenApi(JsonNode document) {
    this.document = document;
  }

  JsonNode resolve(JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref") && hops++ < 10) {
      String ref = node.get("$ref").asText();
      node = document.at(ref.substring(1));
    }
    if (node != null && node.has("allOf") && node.get("allOf").size() == 1) {
      return resolve(node.get("allOf").get(0));
    }
    return node == null ? NODES.missingNode() : node;
  }

  static JsonNode exampleOf(JsonNode media) {
    if (media.has("example")) {
      return media.get("example");
    }
    JsonNode examples = media.path("examples");
    Iterator<JsonNode> it = examples.elements();
    if (it.hasNext()) {
      JsonNode e = it.next();
      if (e.has("value")) {
        JsonNode v = e.get("value");
        if (v.isTextual()) {
          try {
            return JSON.readTree(v.asText());
          } catch (IOException ex) {
            return null;
          }
        }
        return v;
      }
    }
    return null;
  }

  /** A valid-looking value for {@code schema}. */
  JsonNode sample(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    String format = schema.path("format").asText("");
    switch (type) {
      case "object" -> {
        ObjectNode o = NODES.objectNode();
        if (depth < 4) {
          schema
              .path("properties")
              .fields()
              .forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
        }
        return o;
      }
      case "array" -> {
        ArrayNode a = NODES.arrayNode();
        if (depth < 4) {
          a.add(sample(schema.path("items"), depth + 1));
        }
        return a;
      }
      case "integer" -> {
        return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
      }
      case "number" -> {
        return NODES.numberNode(1);
      }
      case "boolean" -> {
        return NODES.booleanNode(true);
      }
      default -> {
        return switch (format) {
          case "date" -> NODES.textNode("2024-06-30");
          case "date-time" -> NODES.textNode("2024-06-30T08:00:00Z");
          case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
          case "uri", "url" -> NODES.textNode("https://oa.example.cn/hooks/mutation");
          default -> NODES.textNode("整改");
        };
      }
    }
  }

  String baselineParam(JsonNode param) {
    JsonNode schema = resolve(param.path("schema"));
    if (param.has("example")) {
      return param.get("example").asText();
    }
    String name = param.path("name").asText();
    if (name.equals("limit")) {
      return "5";
    }
    if (name.equals("wait")) {
      return "0";
    }
    if (param.path("required").asBoolean() || schema.has("enum")) {
      JsonNode s = sample(schema, 0);
      return s.isTextual() ? s.asText() : s.toString();
    }
    return null;
  }
}
