package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Host a write is sent with, as the HTTP layer of every service takes it (docs/decisions/0244,
 * 0250): one that makes no URI is refused before anything is written, and a 201's Location follows
 * the authority the request was sent to. Raw requests, written byte for byte ({@link RawHttp}).
 */
public final class WriteHosts {

  private WriteHosts() {}

  /** The Host headers that are refused (0244): no URI, a port out of range, empty, two. */
  public static final List<String> BAD_HOSTS =
      List.of(
          "Host: [zz]", "Host: a b", "Host: x:99999", "Host: ", "Host: localhost\r\nHost: other");

  /**
   * POSTs the JSON {@code body} to {@code path} with a token the service accepts, once with each of
   * {@link #BAD_HOSTS}, and asserts each is refused 400 problem+json and the connection closed. The
   * write was committed and then answered 500 (its Location was built from the host); the caller
   * checks that nothing was stored and that the same body with a valid Host is taken.
   */
  public static void assertBadHostsRefusedBeforeWriting(
      URL root, String path, String token, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (String hosts : BAD_HOSTS) {
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + hosts
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + bytes.length
              + "\r\n\r\n";
      RawHttp.Answer answer = new RawHttp(root).send(RawHttp.concat(head, bytes));
      JsonNode problem = RawHttp.problem(answer, 400);
      assertTrue(problem.path("detail").asText().contains("Host"), answer.toString());
      assertTrue(answer.closed(), "a refused Host closes the connection: " + answer);
    }
  }

  /**
   * POSTs the JSON {@code body(i)} to {@code path} with a token the service accepts and asserts
   * that the 201's Location follows the authority the request was sent to (docs/decisions/0250): a
   * Host with an empty port gives none ({@code http://localhost/…}, it said port 0), and an
   * absolute-form target's authority replaces the Host header (RFC 9112 3.2.2). Returns the two
   * Locations.
   */
  public static List<String> assertLocationsFollowTheAuthority(
      URL root, String path, String token, java.util.function.IntFunction<String> body)
      throws IOException {
    List<String> locations = new ArrayList<>();
    String[][] cases = {
      {path, "Host: localhost:", "http://localhost/"},
      {"http://other.example:8443" + path, "Host: localhost", "http://other.example:8443/"},
      {"http://other.example" + path, "Host: localhost:1", "http://other.example/"}
    };
    for (int i = 0; i < cases.length; i++) {
      byte[] bytes = body.apply(i).getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + cases[i][0]
              + " HTTP/1.1\r\n"
              + cases[i][1]
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + bytes.length
              + "\r\n\r\n";
      RawHttp.Answer answer = new RawHttp(root).send(RawHttp.concat(head, bytes));
      assertEquals(201, answer.status(), answer.toString());
      String location = answer.header("location");
      assertTrue(
          location != null && location.startsWith(cases[i][2] + path.substring(1)),
          cases[i][0] + " " + cases[i][1] + " → " + location);
      locations.add(location);
    }
    return locations;
  }
}
