package org.bihuan.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The filename a {@code Content-Disposition} header gives (RFC 6266, RFC 2183, RFC 7578 4.2):
 * parameters separated by {@code ;}, each a token or a quoted-string whose escapes {@code \"} and
 * {@code \\} are undone ({@code filename="a\"; x=.html"} names {@code a"; x=.html}; a backslash
 * before anything else is kept, as Windows paths come bare), and {@code filename*} (RFC 5987 /
 * 8187: {@code charset'language'percent-encoded}, UTF-8, ISO-8859-1 or another charset Java reads,
 * such as GBK) before {@code filename}, which is percent-decoded when it is valid UTF-8
 * percent-encoding (docs/decisions/0257, 0309). The name comes back as given: cutting a path to its
 * base name and refusing control characters is the caller's.
 */
public final class DispositionFilenames {

  private DispositionFilenames() {}

  /**
   * What a header gives: the filename (null for none), and the charset of a {@code filename*} that
   * was not read because it is not supported here (null when there is none), so that the caller can
   * say so rather than drop the name silently (docs/decisions/0309).
   */
  public record Given(String name, String unsupportedCharset) {}

  private static final Given NOTHING = new Given(null, null);

  /** The filename the header gives, or null when it gives none (or cannot be read). */
  public static String of(String header) {
    return read(header).name();
  }

  /** The filename the header gives, and the charset of a {@code filename*} it could not read. */
  public static Given read(String header) {
    if (header == null) {
      return NOTHING;
    }
    String plain = null;
    String extended = null;
    String unsupported = null;
    int i = header.indexOf(';');
    if (i < 0) {
      return NOTHING;
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
      boolean quoted = i < n && header.charAt(i) == '"';
      if (quoted) {
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
          return NOTHING; // an unterminated quoted-string: nothing after it can be trusted
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
        // a quoted name is kept as written, a trailing space too (its owner decides, 0348)
        plain = percentDecoded(quoted ? v : v.strip());
      } else if (name.equals("filename*") && extended == null && unsupported == null) {
        String charsetName = charsetOf(v.strip());
        if (charsetName != null && charset(charsetName) == null) {
          unsupported = charsetName;
        } else {
          extended = extended(v.strip());
        }
      }
    }
    return new Given(extended != null ? extended : plain, extended != null ? null : unsupported);
  }

  /** The charset a {@code charset'language'value} names, or null when it is not so written. */
  private static String charsetOf(String value) {
    int first = value.indexOf('\'');
    int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    return second < 0 ? null : value.substring(0, first).strip();
  }

  /**
   * The charset {@code name} names: UTF-8 and ISO-8859-1 as RFC 8187 has them, and any other that
   * Java reads (GBK, GB18030, GB2312 as Chinese clients send them); null when it is not supported.
   */
  private static Charset charset(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException notAName) {
      return null;
    }
  }

  /**
   * A plain {@code filename} as browsers and OA clients percent-encode it
   * (filename="%E6%B8%85.txt"): decoded when it is ASCII, every % begins an escape and the bytes
   * are valid UTF-8 (as RFC 6266 user agents decode it); anything else as written (100%.txt,
   * %FF.txt).
   */
  static String percentDecoded(String value) {
    if (value.indexOf('%') < 0 || !value.chars().allMatch(c -> c < 0x80)) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '%') {
        bytes.write(c);
        continue;
      }
      int hi = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
      int lo = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        return value;
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return value;
    }
  }

  /** {@code charset'language'value} with percent-escapes undone; null if not readable. */
  static String extended(String value) {
    String charsetName = charsetOf(value);
    if (charsetName == null) {
      return null;
    }
    Charset charset = charset(charsetName);
    if (charset == null) {
      return null;
    }
    String encoded = value.substring(value.indexOf('\'', value.indexOf('\'') + 1) + 1);
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
