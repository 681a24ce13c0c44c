package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A provider's committed OpenAPI document, as seen by a consumer's tests. Stubs of the provider
 * (WireMock) check every answer they serve against it, so that renaming or removing a field in the
 * provider breaks the consumer's build instead of production: a stubbed field that the contract
 * does not have, a required field missing, or a value of the wrong type fails the test.
 */
public final class ProviderContract {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode document;

  private ProviderContract(String name, JsonNode document) {
    this.name = name;
    this.document = document;
  }

  /** The committed contract of a sibling module, e.g. {@code of("problem-service")}. */
  public static ProviderContract of(String module) {
    Path file = Path.of("..", module, "src", "main", "openapi", "openapi.yaml");
    try {
      return new ProviderContract(module, YAML.readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the contract of " + module + " at " + file, e);
    }
  }

  public static ProviderContract parse(String name, String yaml) {
    try {
      return new ProviderContract(name, YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that {@code method pathTemplate} exists in the contract and that {@code body} is a valid
   * {@code status} answer of it; returns the body so stubs can use it inline.
   */
  public String answer(String method, String pathTemplate, int status, String body) {
    JsonNode operation = document.path("paths").path(pathTemplate).path(method.toLowerCase());
    if (operation.isMissingNode()) {
      throw new AssertionError(
          name + " has no operation " + method + " " + pathTemplate + " in its committed contract");
    }
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    if (response.isMissingNode()) {
      throw new AssertionError(
          name + " does not document status " + status + " for " + method + " " + pathTemplate);
    }
    JsonNode content = response.path("content");
    JsonNode schema =
        content.has("application/json")
            ? content.path("application/json").path("schema")
            : content.path("application/problem+json").path("schema");
    if (!schema.isMissingNode() && body != null) {
      List<String> errors = new ArrayList<>();
      try {
        validate(schema, JSON.readTree(body), "$", errors);
      } catch (IOException e) {
        errors.add("$: not JSON");
      }
      if (!errors.isEmpty()) {
        throw new AssertionError(
            "A stub of "
                + name
                + " answers "
                + method
                + " "
                + pathTemplate
                + " in a way its committed contract does not allow:\n  "
                + String.join("\n  ", errors));
      }
    }
    return body;
  }

  private void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
    schema = resolve(schema);
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        validate(part, value, at, errors);
      }
    }
    for (String choice : List.of("oneOf", "anyOf")) {
      if (schema.has(choice)) {
        boolean any = false;
        for (JsonNode option : schema.get(choice)) {
          List<String> sub = new ArrayList<>();
          validate(option, value, at, sub);
          any |= sub.isEmpty();
        }
        if (!any) {
          errors.add(at + ": matches none of the " + choice + " alternatives");
        }
      }
    }
    List<String> types = types(schema);
    if (value.isNull()) {
      return; // documents generated from Java leave nullability open
    }
    if (!types.isEmpty() && !types.contains(typeOf(value))) {
      if (!(typeOf(value).equals("integer") && types.contains("number"))) {
        errors.add(at + ": is " + typeOf(value) + ", the contract says " + types);
        return;
      }
    }
    if (schema.has("enum") && value.isTextual()) {
      boolean known = false;
      for (JsonNode option : schema.get("enum")) {
        known |= option.asText().equals(value.asText());
      }
      if (!known) {
        errors.add(at + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.path("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String where = at + "." + field.getKey();
        if (properties.has(field.getKey())) {
          validate(properties.get(field.getKey()), field.getValue(), where, errors);
        } else if (additional.isObject()) {
          validate(additional, field.getValue(), where, errors);
        } else if (properties.size() > 0 || additional.isBoolean() && !additional.asBoolean()) {
          errors.add(where + ": is not in the contract");
        }
      }
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          errors.add(at + "." + required.asText() + ": is required by the contract");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.get("items"), value.get(i), at + "[" + i + "]", errors);
      }
    }
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new AssertionError("Only local $refs are supported: " + ref);
      }
      schema = document.at(ref.substring(1));
    }
    return schema;
  }

  private static List<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    List<String> out = new ArrayList<>();
    if (type.isTextual()) {
      out.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> out.add(t.asText()));
    }
    return out;
  }

  private static String typeOf(JsonNode v) {
    if (v.isObject()) {
      return "object";
    }
    if (v.isArray()) {
      return "array";
    }
    if (v.isIntegralNumber()) {
      return "integer";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    return v.isNull() ? "null" : "string";
  }
}
