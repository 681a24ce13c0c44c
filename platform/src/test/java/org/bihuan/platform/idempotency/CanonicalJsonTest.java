package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  private static byte[] of(String json) {
    return CanonicalJson.of(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameObjectWrittenInAnotherOrderOrSpacingIsTheSame() {
    byte[] a =
        of("{\"measure\":\"整改\",\"units\":[{\"name\":\"办公室\",\"externalId\":\"U1\"}],\"n\":1}");
    byte[] b =
        of(
            "{ \"n\" : 1,\n \"units\": [ {\"externalId\": \"U1\", \"name\": \"办公室\"} ],"
                + " \"measure\": \"整改\" }");
    assertArrayEquals(a, b);
  }

  @Test
  void anotherValueAnArrayInAnotherOrderOrANumberWrittenOtherwiseDiffers() {
    byte[] a = of("{\"a\":[1,2],\"b\":\"x\",\"c\":1.0}");
    assertFalse(Arrays.equals(a, of("{\"a\":[2,1],\"b\":\"x\",\"c\":1.0}")));
    assertFalse(Arrays.equals(a, of("{\"a\":[1,2],\"b\":\"y\",\"c\":1.0}")));
    assertFalse(Arrays.equals(a, of("{\"a\":[1,2],\"b\":\"x\",\"c\":1}")));
  }

  @Test
  void whatIsNoSingleWellFormedJsonValueIsKeptAsSent() {
    for (String body :
        new String[] {"{\"a\":1,\"a\":2}", "{\"a\":1} {\"b\":2}", "{\"a\":", "not json", ""}) {
      byte[] raw = body.getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(raw, CanonicalJson.of(raw), body);
    }
  }
}
