package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Location is built without failing, whatever the host (docs/decisions/0244). */
class LocationsTest {

  @Test
  void aValidHostMakesAnAbsoluteLocation() {
    assertEquals(
        "http://localhost:8081/api/v1/sources/7",
        Locations.absolute("http", "localhost:8081", "/api/v1/sources/7"));
    assertEquals(
        "https://[::1]:8443/api/v1/causes/1",
        Locations.absolute("https", "[::1]:8443", "/api/v1/causes/1"));
  }

  @Test
  void aHostThatMakesNoUriLeavesThePathAndNeverThrows() {
    for (String host : List.of("[zz]", "a b", "x:99999", "", "a@b", "a/b", "h:x")) {
      assertEquals(
          "/api/v1/sources/7", Locations.absolute("http", host, "/api/v1/sources/7"), host);
    }
    assertEquals("/api/v1/sources/7", Locations.absolute("http", null, "/api/v1/sources/7"));
    assertEquals("/api/v1/sources/7", Locations.absolute(null, "localhost", "/api/v1/sources/7"));
  }

  @Test
  void anIdentifierAClientChoseIsPercentEncoded() {
    assertEquals(
        "http://h/api/v1/directory/units/a%20b%25c%E5%8A%9E",
        Locations.absolute("http", "h", "/api/v1/directory/units/a b%c办"));
  }

  @Test
  void hostsAreRefusedWhenTheyMakeNoUriOrComeTwice() {
    assertNull(RequestHosts.refusal(List.of()));
    assertNull(RequestHosts.refusal(List.of("localhost:8081")));
    assertNull(RequestHosts.refusal(List.of("10.0.0.1")));
    assertNull(RequestHosts.refusal(List.of("[::1]")));
    assertTrue(RequestHosts.refusal(List.of("a", "a")).contains("2 Host headers"));
    for (String bad : List.of("[zz]", "a b", "x:99999", "", " a", "a:b", "a@b")) {
      assertFalse(RequestHosts.valid(bad), bad);
    }
  }

  /** Zone ids, port 0, an empty port, absolute-form targets (docs/decisions/0250). */
  @Test
  void zoneIdsAndPortZeroAreRefusedAndAnEmptyPortIsLeftOut() {
    for (String bad : List.of("[fe80::1%eth0]", "[fe80::1%25eth0]:80", "x:0", "[::1]:0")) {
      assertFalse(RequestHosts.valid(bad), bad);
    }
    assertEquals("x", RequestHosts.withoutEmptyPort("x:"));
    assertEquals("[::1]", RequestHosts.withoutEmptyPort("[::1]:"));
    assertEquals("x:80", RequestHosts.withoutEmptyPort("x:80"));
    assertEquals("[::1]", RequestHosts.withoutEmptyPort("[::1]"));
    assertEquals("a:b:", RequestHosts.withoutEmptyPort("a:b:"));
    assertEquals(
        "http://x/api/v1/sources/7", Locations.absolute("http", "x:", "/api/v1/sources/7"));
    assertEquals("other:8443", RequestHosts.targetAuthority("http://other:8443/api/v1/sources"));
    assertEquals("other", RequestHosts.targetAuthority("HTTPS://other?x=1"));
    assertEquals("", RequestHosts.targetAuthority("http:///api"));
    assertNull(RequestHosts.targetAuthority("/api/v1/sources?u=http://x/"));
    assertNull(RequestHosts.targetAuthority("*"));
    assertNull(RequestHosts.targetAuthority("localhost:8080"));
    assertNull(RequestHosts.authorityRefusal(io.vertx.core.net.HostAndPort.create("x", 8080)));
    assertNull(RequestHosts.authorityRefusal(null));
    for (String bad : List.of("x:", "[zz]", "[fe80::1%eth0]")) {
      assertTrue(
          RequestHosts.authorityRefusal(io.vertx.core.net.HostAndPort.parseAuthority(bad, -1))
              != null,
          bad);
    }
  }

  /** A key blank as people see it is no key (docs/decisions/0250). */
  @Test
  void anIdempotencyKeyOfUnicodeSpacesOrInvisibleCharactersIsRefused() {
    for (String blank :
        List.of(
            "\u00a0",
            "\u00c2\u00a0", // U+00A0 sent as UTF-8, read as ISO-8859-1
            "\u00e3\u0080\u0080", // U+3000
            "\u00e2\u0080\u008b", // U+200B
            "\u00ef\u00bb\u00bf", // U+FEFF
            " \t ")) {
      assertTrue(HttpLayerProblems.idempotencyKeyProblem(List.of(blank)).contains("blank"), blank);
    }
    assertNull(HttpLayerProblems.idempotencyKeyProblem(List.of("8f0c2d7e-1b2a-4c3d-9e8f")));
    assertNull(HttpLayerProblems.idempotencyKeyProblem(List.of("\u00e9t\u00e9"))); // not UTF-8
  }
}
