package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A field of a JSON body, addressed from the root, that {@link MutationSuite} replaces or removes.
 */
record BodyField(String path, List<Object> steps) {

  /** Every field of {@code body} down to two levels (array items through their first element). */
  static List<BodyField> of(JsonNode body) {
    List<BodyField> out = new ArrayList<>();
    collect(body, new ArrayList<>(), "", 0, out);
    return out;
  }

  void set(JsonNode root, JsonNode value) {
    JsonNode parent = parent(root);
    Object last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode o) {
      o.set((String) last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set((Integer) last, value);
    }
  }

  void remove(JsonNode root) {
    JsonNode parent = parent(root);
    Object last = steps.get(steps.size() - 1);
    if (parent instanceof ObjectNode o) {
      o.remove((String) last);
    } else if (parent instanceof ArrayNode a) {
      a.remove((Integer) last);
    }
  }

  private JsonNode parent(JsonNode root) {
    JsonNode n = root;
    for (Object s : steps.subList(0, steps.size() - 1)) {
      n = s instanceof String k ? n.get(k) : n.get((Integer) s);
    }
    return n;
  }

  private static void collect(
      JsonNode node, List<Object> steps, String path, int depth, List<BodyField> out) {
    if (depth > 2) {
      return;
    }
    if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              k -> {
                List<Object> s = new ArrayList<>(steps);
                s.add(k);
                String p = path.isEmpty() ? k : path + "." + k;
                out.add(new BodyField(p, s));
                collect(node.get(k), s, p, depth + 1, out);
              });
    } else if (node.isArray() && node.size() > 0) {
      List<Object> s = new ArrayList<>(steps);
      s.add(0);
      String p = path + "[0]";
      out.add(new BodyField(p, s));
      collect(node.get(0), s, p, depth + 1, out);
    }
  }
}
