package org.bihuan.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Writes the conventions of CONTRACT.md into every service's OpenAPI document, so that they are
 * documented the same way everywhere without repeating annotations: bearer authentication, the
 * problem+json error responses, {@code Idempotency-Key} on POST, {@code If-Match} on writes to one
 * resource, {@code If-None-Match} and 304 on reads of one resource; trees of bounded depth written
 * level by level ({@link BoundedRecursion}); null listed in the enumeration of every nullable enum
 * ({@link NullableEnums}).
 */
public class ContractConventions implements OASFilter {

  private static final String PROBLEM = "application/problem+json";
  private static final String PROBLEM_REF = "#/components/schemas/ProblemDetails";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    components.addSecurityScheme(
        "bearer",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "A JWT with the roles in `groups` (viewer, reporter, verifier, admin), the display"
                    + " name in `name` and the responsible unit in `unit`."));
    components.addSchema("ProblemDetails", problemSchema());
    BoundedRecursion.unroll(components);
    EventWebhooks.add(api);
    NullableEnums.admitNull(components);
    if (api.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> entry : api.getPaths().getPathItems().entrySet()) {
      String path = entry.getKey();
      if (!path.startsWith("/api/")) {
        continue;
      }
      boolean single = path.matches(".*/\\{[^/]+}$");
      boolean action = path.matches(".*/\\{[^/]+}/[a-z-]+$");
      entry
          .getValue()
          .getOperations()
          .forEach((method, op) -> conventions(method, op, path.contains("{"), single, action));
    }
  }

  private void conventions(
      PathItem.HttpMethod method, Operation op, boolean hasId, boolean single, boolean action) {
    op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    problem(responses, "400", "Invalid input; `errors` lists the fields.");
    beforeRouting(responses.getAPIResponse("400"), method == PathItem.HttpMethod.POST);
    problem(responses, "401", "No valid bearer token.");
    problem(responses, "403", "The caller's role or unit does not allow this.");
    if (hasId) {
      problem(responses, "404", "No such item.");
    }
    switch (method) {
      case GET -> {
        // One item, a page of a list (tagged by a digest of the page, ListEtags) and every read
        // that declares a 304 of its own answer If-None-Match.
        if (single || page(responses) || responses.getAPIResponse("304") != null) {
          header(op, "If-None-Match", "The ETag last seen; answers 304 when unchanged.");
          if (responses.getAPIResponse("304") == null) {
            responses.addAPIResponse(
                "304", OASFactory.createAPIResponse().description("Not modified."));
          }
        }
      }
      case POST -> {
        header(
            op,
            "Idempotency-Key",
            "Makes a retry safe: the same key with the same request replays the first answer;"
                + " with another request it answers 422. One header, 1 to "
                + org.bihuan.platform.idempotency.IdempotencyFilter.MAX_KEY_LENGTH
                + " characters, not blank (only spaces, U+00A0, U+3000 or invisible characters):"
                + " else 400 naming Idempotency-Key.");
        idempotencyKeyLength(op);
        problem(responses, "409", "Conflict: a duplicate, an illegal transition, a key in use.");
        problem(responses, "422", "Understood but not acceptable (e.g. a reused Idempotency-Key).");
        if (action) {
          header(op, "If-Match", "The ETag (version) this change is based on; 412 when stale.");
          problem(responses, "412", "If-Match names an older version; nothing changed.");
        }
      }
      case PUT, PATCH, DELETE -> {
        if (hasId) {
          header(op, "If-Match", "The ETag (version) this change is based on; 412 when stale.");
          problem(responses, "412", "If-Match names an older version; nothing changed.");
        }
        problem(responses, "409", "Conflict with the current state.");
      }
      default -> {}
    }
  }

  /**
   * What the HTTP layer refuses with 400 on every route before a resource runs
   * (docs/decisions/0244, 0250), added to the 400 of each operation so that integrators and
   * generated contract tests expect it: a Host that is no host[:port], two Idempotency-Key headers
   * or a blank one (on a POST), a chunked body whose framing cannot be read.
   */
  static final String BEFORE_ROUTING =
      " Also, before the operation runs (the connection is then closed): a Host header — or the"
          + " authority of an absolute request target, which replaces it — that is not one valid"
          + " host[:port] (no IPv6 zone id, port 1 to 65535), an HTTP/1.1 request without Host, a"
          + " request target that is no URI, or a chunked body whose framing cannot be read.";

  static final String BEFORE_ROUTING_POST =
      " On a POST: two Idempotency-Key headers, or an empty or blank one (`errors` names"
          + " Idempotency-Key).";

  private static void beforeRouting(APIResponse bad, boolean post) {
    if (bad == null) {
      return;
    }
    String description = bad.getDescription() == null ? "" : bad.getDescription().strip();
    if (!description.contains(BEFORE_ROUTING.strip())) {
      if (!description.isEmpty() && !description.endsWith(".")) {
        description += ".";
      }
      description += BEFORE_ROUTING + (post ? BEFORE_ROUTING_POST : "");
    }
    bad.setDescription(description.strip());
  }

  /** The Idempotency-Key parameter's length, as {@code IdempotencyFilter} checks it. */
  private static void idempotencyKeyLength(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter p : op.getParameters()) {
      if ("Idempotency-Key".equalsIgnoreCase(p.getName()) && p.getSchema() != null) {
        p.getSchema()
            .minLength(1)
            .maxLength(org.bihuan.platform.idempotency.IdempotencyFilter.MAX_KEY_LENGTH);
      }
    }
  }

  /** The 200 answer is a page of a list (a schema named Page…). */
  private static boolean page(APIResponses responses) {
    APIResponse ok = responses.getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return false;
    }
    var json = ok.getContent().getMediaType("application/json");
    String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
    return ref != null && ref.substring(ref.lastIndexOf('/') + 1).startsWith("Page");
  }

  private static void problem(APIResponses responses, String status, String description) {
    APIResponse existing = responses.getAPIResponse(status);
    Content content = OASFactory.createContent();
    content.addMediaType(PROBLEM, OASFactory.createMediaType().schema(ref()));
    if (existing == null) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(description).content(content));
    } else if (existing.getContent() == null
        || existing.getContent().getMediaType(PROBLEM) == null) {
      existing.setContent(content);
    }
  }

  private static void header(Operation op, String name, String description) {
    if (op.getParameters() != null
        && op.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()))) {
      return;
    }
    op.addParameter(
        OASFactory.createParameter()
            .name(name)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(description)
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
  }

  private static Schema ref() {
    return OASFactory.createSchema().ref(PROBLEM_REF);
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details.")
        .addProperty("type", string)
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", string)
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty("field", string)
                        .addProperty("message", string)))
        .required(List.of("type", "title", "status"))
        .example(illegalTransition());
  }

  /** The example of the Problem schema: a 409 answer to a transition the state does not allow. */
  private static Map<String, Object> illegalTransition() {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "/problems/illegal-transition");
    example.put("title", "Conflict");
    example.put("status", 409);
    example.put(
        "detail",
        "The action 'verify' is not allowed in state ASSIGNED; allowed: [start, cancel].");
    example.put("currentState", "ASSIGNED");
    example.put("allowedActions", List.of("start", "cancel"));
    return example;
  }
}
