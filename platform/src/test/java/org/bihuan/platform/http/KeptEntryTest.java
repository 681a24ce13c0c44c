package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.bihuan.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;

/**
 * A kept answer of one resource is sent before Quarkus REST as it was made when kept: its 200 and,
 * for a poller that sends its ETag back, its 304 build nothing (docs/decisions/0304); every other
 * condition is judged by the rules of {@link Versions}, as the normal way judges it.
 */
class KeptEntryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
  private static final KeptEntry ENTRY =
      KeptEntry.of(
          3, DAY, Versions.etag(3, DAY), "{\"id\":\"问题\"}".getBytes(StandardCharsets.UTF_8));

  private static Conditions ifNoneMatch(String tag) {
    return new Conditions(null, tag, false);
  }

  @Test
  void aPollersOwnEtagIsAnsweredByTheKept304AndNoConditionByTheKept200() {
    assertEquals("\"3@2026-12-05\"", ENTRY.etag());
    assertSame(ENTRY.notModified(), ENTRY.kept(ifNoneMatch("\"3@2026-12-05\"")));
    assertSame(ENTRY.ok(), ENTRY.kept(Conditions.NONE));
    assertEquals(304, ENTRY.notModified().status());
    assertNull(ENTRY.notModified().header("Content-Length"));
    assertEquals("\"3@2026-12-05\"", ENTRY.notModified().header("ETag"));
    assertEquals(200, ENTRY.ok().status());
    assertEquals("15", ENTRY.ok().header("Content-Length"));
    assertEquals("application/json;charset=UTF-8", ENTRY.ok().header("Content-Type"));
  }

  @Test
  void everyOtherConditionIsJudgedAsTheNormalWayJudgesIt() {
    KeptAnswer weak = ENTRY.kept(ifNoneMatch("W/\"3@2026-12-05\""));
    assertNotSame(ENTRY.notModified(), weak);
    assertEquals(304, weak.status());
    assertEquals(304, ENTRY.kept(ifNoneMatch("\"1\", \"3@2026-12-05\"")).status());
    assertEquals(200, ENTRY.kept(ifNoneMatch("\"3@2026-12-04\"")).status());
    assertEquals(200, ENTRY.kept(ifNoneMatch("\"2@2026-12-05\"")).status());
    assertNull(ENTRY.kept(ifNoneMatch("\"4@2026-12-05\"")), "a newer version reads the database");
    assertNotNull(ENTRY.kept(new Conditions("\"3\"", null, false)));
    assertEquals(
        412,
        assertThrows(ApiProblem.class, () -> ENTRY.kept(new Conditions("\"2\"", null, false)))
            .status());
  }
}
