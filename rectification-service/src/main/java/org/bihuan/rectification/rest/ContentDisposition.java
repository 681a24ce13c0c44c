package org.bihuan.rectification.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the original filename for every client: an ASCII
 * fallback in {@code filename} and the exact UTF-8 name in {@code filename*} (RFC 6266 / RFC 5987),
 * so Chinese names arrive intact.
 */
final class ContentDisposition {

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String attachment(String filename) {
    return "attachment; filename=\""
        + asciiFallback(filename)
        + "\"; filename*=UTF-8''"
        + encode(filename);
  }

  static String encode(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && ATTR_CHARS.indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  static String asciiFallback(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return sb.toString();
  }
}
