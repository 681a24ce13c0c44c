package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What third-party tools need from a committed contract beyond being valid OpenAPI: Portman and
 * other generators built on json-schema-ref-parser refuse a document whose schemas refer to
 * themselves, directly or through others (docs/decisions/0061).
 */
public final class ContractUsability {

  private static final String PREFIX = "#/components/schemas/";

  private ContractUsability() {}

  /** The committed document of the module under test (src/main/openapi/openapi.yaml). */
  public static JsonNode committed() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(Path.of("src/main/openapi/openapi.yaml").toFile());
  }

  /**
   * Fails if the committed document refers a reader to a file that is not in this repository (the
   * project's DOMAIN.md, CONTRACT.md or STYLE.md): a generated client's docs must stand alone
   * (integrator finding 10).
   */
  public static void assertNamesNoFileOutsideTheRepository() throws IOException {
    String text =
        java.nio.file.Files.readString(
            Path.of("src/main/openapi/openapi.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    for (String outside : List.of("DOMAIN.md", "CONTRACT.md", "STYLE.md")) {
      if (text.contains(outside)) {
        throw new AssertionError("the contract refers to " + outside + ", not in the repository");
      }
    }
  }

  /** Fails with the cycle, e.g. {@code CategoryNode → CategoryNode}, if a schema reaches itself. */
  public static void assertNoCircularRefs(JsonNode document) {
    JsonNode schemas = document.path("components").path("schemas");
    Set<String> done = new HashSet<>();
    for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      List<String> cycle = cycleFrom(name, schemas, new LinkedHashSet<>(), done);
      if (cycle != null) {
        throw new AssertionError("circular $ref: " + String.join(" → ", cycle));
      }
    }
  }

  private static List<String> cycleFrom(
      String name, JsonNode schemas, LinkedHashSet<String> path, Set<String> done) {
    if (path.contains(name)) {
      List<String> cycle = new ArrayList<>(path);
      cycle = cycle.subList(cycle.indexOf(name), cycle.size());
      cycle.add(name);
      return cycle;
    }
    if (done.contains(name)) {
      return null;
    }
    path.add(name);
    Set<String> refs = new LinkedHashSet<>();
    collectRefs(schemas.path(name), refs);
    for (String ref : refs) {
      List<String> cycle = cycleFrom(ref, schemas, path, done);
      if (cycle != null) {
        return cycle;
      }
    }
    path.remove(name);
    done.add(name);
    return null;
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if ("$ref".equals(field.getKey()) && field.getValue().asText().startsWith(PREFIX)) {
          refs.add(field.getValue().asText().substring(PREFIX.length()));
        } else {
          collectRefs(field.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectRefs(element, refs));
    }
  }
}
