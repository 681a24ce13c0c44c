package org.bihuan.platform.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.bihuan.platform.error.ApiProblem;

/**
 * The opaque cursor of list pagination. It wraps the stable, never-reused sequence key of the last
 * item of a page, so walking all pages sees every item once even while new ones are added, and a
 * check of the key together with the list it came from: a cursor that was altered, cut short or
 * handed out by another list is refused with 400 instead of silently starting somewhere else. The
 * check is a plain digest, not a secret MAC: a cursor grants nothing the caller could not read by
 * paging, it only has to be one this list handed out (docs/decisions/0068-list-bound-cursors.md).
 */
public final class Cursor {

  private static final String PREFIX = "c2:";

  private Cursor() {}

  public static String encode(String list, long key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            (PREFIX + key + ":" + check(list, key)).getBytes(StandardCharsets.US_ASCII));
  }

  /** The key after which the next page of {@code list} starts; 0 for the first page. */
  public static long decode(String list, String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      String[] parts = raw.split(":", -1);
      if (parts.length != 3 || !raw.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      long key = Long.parseLong(parts[1]);
      if (key < 0 || !check(list, key).equals(parts[2])) {
        throw new IllegalArgumentException();
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          "cursor", "is not a cursor this list handed out (start again without cursor)");
    }
  }

  private static String check(String list, long key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((list + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
