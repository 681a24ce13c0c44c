package org.bihuan.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The filename a {@code Content-Disposition} header gives (RFC 6266, RFC 2183, RFC 7578 4.2):
 * parameters separated by {@code ;}, each a token or a quoted-string whose escapes {@code \"} and
 * {@code \\} are undone ({@code filename="a\"; x=.html"} names {@code a"; x=.html}; a backslash
 * before anything else is kept, as Windows paths come bare), and {@code filename*} (RFC 5987 /
 * 8187: {@code charset'language'percent-encoded}, UTF-8 or ISO-8859-1) before {@code filename}
 * (docs/decisions/0257). The name comes back as given: cutting a path to its base name and refusing
 * control characters is the caller's.
 */
public final class DispositionFilenames {

  private DispositionFilenames() {}

  /** The filename the header gives, or null when it gives none (or cannot be read). */
  public static String of(String header) {
    if (header == null) {
      return null;
    }
    String plain = null;
    String extended = null;
    int i = header.indexOf(';');
    if (i < 0) {
      return null;
    }
    int n = header.length();
    while (i < n) {
      // at a ';'
      i++;
      while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
        i++;
      }
      int nameStart = i;
      while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') {
        i++;
      }
      String name = header.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
      if (i >= n || header.charAt(i) == ';') {
        continue; // a parameter without a value
      }
      i++; // '='
      while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
        i++;
      }
      StringBuilder value = new StringBuilder();
      if (i < n && header.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = header.charAt(i++);
          // Only \" and \\ are taken as escapes: browsers and old clients send a Windows path
          // (C:\Users\x.pdf) with its backslashes bare, which must stay a path (0119).
          if (c == '\\' && i < n && (header.charAt(i) == '"' || header.charAt(i) == '\\')) {
            value.append(header.charAt(i++));
          } else if (c == '"') {
            closed = true;
            break;
          } else {
            value.append(c);
          }
        }
        if (!closed) {
          return null; // an unterminated quoted-string: nothing after it can be trusted
        }
        while (i < n && header.charAt(i) != ';') {
          i++;
        }
      } else {
        int start = i;
        while (i < n && header.charAt(i) != ';') {
          i++;
        }
        value.append(header, start, i);
      }
      String v = value.toString();
      if (name.equals("filename") && plain == null) {
        plain = v.strip();
      } else if (name.equals("filename*") && extended == null) {
        extended = extended(v.strip());
      }
    }
    return extended != null ? extended : plain;
  }

  /** {@code charset'language'value} with percent-escapes undone; null if not readable. */
  static String extended(String value) {
    int first = value.indexOf('\'');
    int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0) {
      return null;
    }
    String charsetName = value.substring(0, first).strip();
    Charset charset;
    if (charsetName.equalsIgnoreCase("UTF-8")) {
      charset = StandardCharsets.UTF_8;
    } else if (charsetName.equalsIgnoreCase("ISO-8859-1")) {
      charset = StandardCharsets.ISO_8859_1;
    } else {
      return null;
    }
    String encoded = value.substring(second + 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return null; // RFC 8187: only attr-chars and percent-escapes
      }
    }
    // Bytes that are not UTF-8 become U+FFFD, which the caller refuses.
    return new String(bytes.toByteArray(), charset);
  }
}
