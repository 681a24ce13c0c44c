package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A member written as [] or {} and a member left out are one request under an Idempotency-Key. */
class CanonicalJsonEmptyMembersTest {

  private static byte[] of(String json) {
    return CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyListOrObjectIsTheSameAsAMemberLeftOutAtEveryDepth() {
    assertArrayEquals(of("{\"note\":\"同一\"}"), of("{\"note\":\"同一\",\"units\":[]}"));
    assertArrayEquals(of("{\"note\":\"同一\"}"), of("{\"note\":\"同一\",\"options\":{}}"));
    assertArrayEquals(
        of("{\"tickets\":[{\"measure\":\"甲\"}]}"),
        of("{\"tickets\":[{\"measure\":\"甲\",\"co\":[],\"links\":{\"pc\":null}}]}"));
  }

  @Test
  void anEmptyValueInAnArrayAndTheWholeBodyStayValues() {
    assertFalse(Arrays.equals(of("{\"ids\":[1,[]]}"), of("{\"ids\":[1]}")));
    assertFalse(Arrays.equals(of("{\"ids\":[{}]}"), of("{\"ids\":[]}")));
    assertFalse(Arrays.equals(of("{}"), of("[]")));
  }
}
