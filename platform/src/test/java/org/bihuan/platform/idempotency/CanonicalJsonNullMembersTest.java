package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A member written as null and a member left out are one request under an Idempotency-Key. */
class CanonicalJsonNullMembersTest {

  private static byte[] of(String json) {
    return CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNullMemberIsTheSameAsOneLeftOutAtEveryDepth() {
    assertArrayEquals(of("{\"note\":\"同一\"}"), of("{\"note\":\"同一\",\"percent\":null}"));
    assertArrayEquals(
        of("{\"units\":[{\"name\":\"办公室\"}],\"deadline\":\"2026-12-31\"}"),
        of(
            "{\"person\":null,\"units\":[{\"externalId\":null,\"name\":\"办公室\"}],"
                + "\"deadline\":\"2026-12-31\"}"));
  }

  @Test
  void aNullInAnArrayAndAnotherValueStillDiffer() {
    assertFalse(Arrays.equals(of("{\"ids\":[1,null]}"), of("{\"ids\":[1]}")));
    assertFalse(Arrays.equals(of("{\"percent\":null}"), of("{\"percent\":0}")));
    assertFalse(Arrays.equals(of("{\"note\":null}"), of("{\"note\":\"null\"}")));
  }
}
