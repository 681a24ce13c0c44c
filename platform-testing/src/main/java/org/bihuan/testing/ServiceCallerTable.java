package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The authorization table of service callers (docs/decisions/0217): every operation of a service's
 * served contract × every service it trusts, each sent with that caller's service token. A cell the
 * table names must be let through (anything but 401 and 403: 200, 404 for the made-up id, 400 for
 * the empty body); every other cell must be refused 403 problem+json. Path parameters are a new
 * UUID; a write body is {@code {}} as JSON, or an empty body of the first media type the operation
 * declares (an empty multipart form, a text), so that the answer is about the caller, not the shape
 * of the request.
 */
public final class ServiceCallerTable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ServiceCallerTable() {}

  /**
   * The cells that disagree with {@code allowed} ("GET /api/v1/problems/{id}" → callers), as
   * readable lines; empty when every cell is as the table says. {@code callee} is the service under
   * test (the tokens' audience), {@code callers} every service it trusts.
   */
  public static List<String> mismatches(
      URI base, String callee, List<String> callers, Map<String, Set<String>> allowed)
      throws Exception {
    JsonNode contract =
        JSON.readTree(
            HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    List<String> wrong = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String name = methods.next();
        String method = name.toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        String operation = method + " " + path.getKey();
        seen.add(operation);
        String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (String caller : callers) {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(base.resolve(target))
                  .header("Authorization", "Bearer " + Tokens.service(caller, callee));
          if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            JsonNode content = path.getValue().path(name).path("requestBody").path("content");
            String media =
                content.has("application/json") || !content.fieldNames().hasNext()
                    ? "application/json"
                    : content.fieldNames().next();
            String contentType = media;
            String body = "{}";
            if (media.startsWith("multipart/")) {
              contentType = media + "; boundary=b";
              body = "--b--\r\n";
            } else if (!media.equals("application/json")) {
              body = "x";
            }
            request
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
          } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
          }
          HttpResponse<String> answer =
              HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
          int status = answer.statusCode();
          boolean open = allowed.getOrDefault(operation, Set.of()).contains(caller);
          String type = answer.headers().firstValue("Content-Type").orElse("");
          if (open && (status == 401 || status == 403)) {
            wrong.add(operation + " by " + caller + ": " + status + ", expected to be let through");
          } else if (!open && (status != 403 || !type.startsWith("application/problem+json"))) {
            wrong.add(operation + " by " + caller + ": " + status + " " + type + ", expected 403");
          }
        }
      }
    }
    for (String operation : allowed.keySet()) {
      if (!seen.contains(operation)) {
        wrong.add(operation + ": named in the table but not served");
      }
    }
    return wrong;
  }
}
