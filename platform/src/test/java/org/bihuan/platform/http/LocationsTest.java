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
}
