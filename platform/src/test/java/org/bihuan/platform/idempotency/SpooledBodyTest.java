package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A multipart body spooled to a file hashes as the whole body in memory did, its boundary left out
 * (docs/decisions/0250), and comes back byte for byte.
 */
class SpooledBodyTest {

  private static byte[] inMemory(byte[] body, String boundary) throws Exception {
    return MessageDigest.getInstance("SHA-256")
        .digest(
            new String(body, StandardCharsets.ISO_8859_1)
                .replace(boundary, "")
                .getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] spooled(byte[] body, String boundary, byte[] back) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    SpooledBody spooled = SpooledBody.of(new ByteArrayInputStream(body), boundary, sha);
    try (InputStream in = spooled.open()) {
      assertArrayEquals(back, in.readAllBytes());
    }
    return sha.digest();
  }

  @Test
  void theFingerprintIsTheOneTheBodyInMemoryGave() throws Exception {
    Random random = new Random(250);
    for (String boundary : List.of("XX", "aab", "abab", "----bihuan7MA4YWxkTrZu0gW", "a", "")) {
      for (int round = 0; round < 200; round++) {
        // bodies made of the boundary's own letters, so that partial matches abound
        String letters = boundary.isEmpty() ? "ab" : boundary + "\r\n-";
        byte[] body = new byte[random.nextInt(round < 100 ? 40 : 200_000)];
        for (int i = 0; i < body.length; i++) {
          body[i] = (byte) letters.charAt(random.nextInt(letters.length()));
        }
        assertArrayEquals(
            inMemory(body, boundary), spooled(body, boundary, body), boundary + " " + round);
      }
    }
  }

  @Test
  void theFileIsGoneOnceTheBodyIsRead() throws Exception {
    SpooledBody spooled =
        SpooledBody.of(
            new ByteArrayInputStream("--XX\r\n".getBytes(StandardCharsets.UTF_8)),
            "XX",
            MessageDigest.getInstance("SHA-256"));
    Path file;
    try (InputStream in = spooled.open()) {
      in.readAllBytes();
      java.lang.reflect.Field f = SpooledBody.class.getDeclaredField("file");
      f.setAccessible(true);
      file = (Path) f.get(spooled);
    }
    assertFalse(Files.exists(file));
  }
}
