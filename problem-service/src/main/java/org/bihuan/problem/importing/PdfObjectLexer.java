package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PDF tokenizer over the file's bytes for {@link PdfRawStreams}, building only what a stream's
 * filters need: names, numbers, references, and the dictionaries and arrays that hold them (the
 * keys of {@link #KEPT}); what else it passes is only checked for its nesting. Every token read
 * spends the file's {@link Budget}.
 */
final class PdfObjectLexer {

  /**
   * The tokens all the lexers of one file may read, and the time they may take: a damaged file
   * whose objects overlap would otherwise be read again and again.
   */
  static final class Budget {
    private final ImportLimits limits;
    private final long deadline;
    private final long maxWork;
    private long work;

    Budget(ImportLimits limits, long deadline, long maxWork) {
      this.limits = limits;
      this.deadline = deadline;
      this.maxWork = maxWork;
    }

    void spent() {
      if (++work % 65_536 == 0) {
        limits.withinTime(deadline);
      }
      if (work > maxWork) {
        throw ZipPackage.damaged("a readable PDF");
      }
    }
  }

  record Name(String value) {}

  record Ref(long number) {}

  static final Object SKIPPED = new Object();

  /** The keys of a stream dictionary this reads; others are skipped (their nesting checked). */
  private static final Set<String> KEPT =
      Set.of("Filter", "DecodeParms", "DP", "Length", "Type", "Subtype", "First", "W");

  private final byte[] pdf;
  private final Budget budget;
  int pos;

  PdfObjectLexer(byte[] pdf, Budget budget, int pos) {
    this.pdf = pdf;
    this.budget = budget;
    this.pos = pos;
  }

  boolean at(String token) {
    if (pos + token.length() > pdf.length) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (pdf[pos + i] != token.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  void skipSpace() {
    while (pos < pdf.length) {
      byte b = pdf[pos];
      if (whitespace(b)) {
        pos++;
      } else if (b == '%') {
        while (pos < pdf.length && pdf[pos] != '\n' && pdf[pos] != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private void spent() {
    budget.spent();
  }

  /** The top-level dictionary at {@code <<}, keeping only {@link #KEPT} keys; null if broken. */
  Map<String, Object> topDictionary() {
    pos += 2;
    Map<String, Object> dict = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (pos >= pdf.length) {
        return null;
      }
      if (at(">>")) {
        pos += 2;
        return dict;
      }
      if (pdf[pos] != '/') {
        return null;
      }
      String key = name();
      skipSpace();
      boolean keep = KEPT.contains(key);
      Object value = value(1, keep);
      if (value == null) {
        return null;
      }
      if (keep) {
        dict.put(key, value);
      }
    }
  }

  private String name() {
    int start = ++pos;
    while (pos < pdf.length && regular(pdf[pos])) {
      pos++;
    }
    String raw = new String(pdf, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (raw.indexOf('#') < 0) {
      return raw;
    }
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '#' && i + 2 < raw.length()) {
        try {
          decoded.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
          i += 2;
          continue;
        } catch (NumberFormatException e) {
          // kept as written
        }
      }
      decoded.append(c);
    }
    return decoded.toString();
  }

  void skipValue(int depth) {
    value(depth, false);
  }

  /**
   * The value at {@code pos}: Name, Long, Double, Boolean, Ref, List, Map, {@link #SKIPPED} (a
   * string, or anything not kept), or null when it is not a value.
   */
  Object value(int depth, boolean keep) {
    spent();
    if (depth > PdfRawStreams.MAX_DEPTH) {
      throw ZipPackage.damaged(
          "a readable PDF (its objects are nested more than "
              + PdfRawStreams.MAX_DEPTH
              + " levels deep)");
    }
    skipSpace();
    if (pos >= pdf.length) {
      return null;
    }
    byte b = pdf[pos];
    if (b == '/') {
      return new Name(name());
    }
    if (at("<<")) {
      pos += 2;
      Map<String, Object> dict = keep ? new LinkedHashMap<>() : null;
      while (true) {
        skipSpace();
        if (pos >= pdf.length) {
          return null;
        }
        if (at(">>")) {
          pos += 2;
          return keep ? dict : SKIPPED;
        }
        if (pdf[pos] != '/') {
          return null;
        }
        String key = name();
        Object item = value(depth + 1, keep);
        if (item == null) {
          return null;
        }
        if (keep) {
          dict.put(key, item);
        }
      }
    }
    if (b == '[') {
      pos++;
      List<Object> list = keep ? new ArrayList<>() : null;
      while (true) {
        skipSpace();
        if (pos >= pdf.length) {
          return null;
        }
        if (pdf[pos] == ']') {
          pos++;
          return keep ? list : SKIPPED;
        }
        Object item = value(depth + 1, keep);
        if (item == null) {
          return null;
        }
        if (keep) {
          list.add(item);
        }
      }
    }
    if (b == '(') {
      int open = 0;
      while (pos < pdf.length) {
        byte c = pdf[pos++];
        if ((pos & 0xFFFF) == 0) {
          spent();
        }
        if (c == '\\') {
          pos++;
        } else if (c == '(') {
          open++;
        } else if (c == ')' && --open == 0) {
          return SKIPPED;
        }
      }
      return null;
    }
    if (b == '<') {
      while (pos < pdf.length && pdf[pos] != '>') {
        pos++;
      }
      pos++;
      return SKIPPED;
    }
    if (digit(b) || b == '-' || b == '+' || b == '.') {
      int start = pos;
      pos++;
      while (pos < pdf.length && (digit(pdf[pos]) || pdf[pos] == '.')) {
        pos++;
      }
      String text = new String(pdf, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
      Object number;
      try {
        number =
            text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
      } catch (NumberFormatException e) {
        return SKIPPED;
      }
      // n g R
      if (number instanceof Long n && n >= 0) {
        int mark = pos;
        skipSpace();
        int g = pos;
        while (pos < pdf.length && digit(pdf[pos])) {
          pos++;
        }
        if (pos > g && pos - g < 6) {
          skipSpace();
          if (pos < pdf.length
              && pdf[pos] == 'R'
              && (pos + 1 == pdf.length || !regular(pdf[pos + 1]))) {
            pos++;
            return new Ref(n);
          }
        }
        pos = mark;
      }
      return number;
    }
    if (regular(b)) {
      int start = pos;
      while (pos < pdf.length && regular(pdf[pos])) {
        pos++;
      }
      String word = new String(pdf, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
      return switch (word) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> SKIPPED;
        default -> null;
      };
    }
    return null;
  }

  static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  static boolean whitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
  }

  /** A regular character: neither white space nor a delimiter. */
  static boolean regular(byte b) {
    return !whitespace(b)
        && b != '('
        && b != ')'
        && b != '<'
        && b != '>'
        && b != '['
        && b != ']'
        && b != '{'
        && b != '}'
        && b != '/'
        && b != '%';
  }
}
