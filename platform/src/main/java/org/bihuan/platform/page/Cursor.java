package org.bihuan.platform.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bihuan.platform.problem.ApiProblem;

/**
 * The opaque cursor of list pagination. It wraps the stable, never-reused sequence key of the last
 * item of a page, so walking all pages sees every item once even while new ones are added.
 */
public final class Cursor {

  private static final String PREFIX = "c1:";

  private Cursor() {}

  public static String encode(long key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + key).getBytes(StandardCharsets.US_ASCII));
  }

  /** The key after which the next page starts; 0 for the first page. */
  public static long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (!raw.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      long key = Long.parseLong(raw.substring(PREFIX.length()));
      if (key < 0) {
        throw new IllegalArgumentException();
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("cursor", "is not a cursor this service handed out");
    }
  }
}
