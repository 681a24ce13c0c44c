package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.DeclaredType.refused;
import static org.bihuan.problem.importing.DocumentText.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a {@code text/plain} upload ({@link DocumentText}): UTF-8, a byte-order mark dropped,
 * or GBK/GB18030 when the upload declares it. Text in another encoding, damaged UTF-8 and binary
 * content are refused (415) with what to send instead; GBK sent undeclared is recognised and
 * refused with "save it as UTF-8", never imported as mojibake.
 */
final class PlainText {

  private PlainText() {}

  /**
   * The text of a body sent as {@code mediaType}: decoded from GBK/GB18030 when its charset says
   * so, else UTF-8; another declared charset is refused (415).
   */
  static String read(byte[] body, String mediaType) {
    String charset = charset(mediaType);
    if (charset != null && CHINESE_CHARSETS.contains(charset)) {
      return chineseText(body, charset);
    }
    if (charset != null
        && !charset.equals("utf-8")
        && !charset.equals("utf8")
        && !charset.equals("us-ascii")) {
      throw refused(
          "The document is declared as "
              + charset
              + ", not UTF-8; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and upload it again.");
    }
    return plainText(body);
  }

  private static String charset(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    for (String parameter : mediaType.split(";")) {
      String[] pair = parameter.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        return pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * The charsets Chinese text files are saved in besides UTF-8, read when the upload declares them
   * (text/plain; charset=GBK): GB18030 contains GBK, which contains GB2312, so one decoder reads
   * all three. Undeclared text must be UTF-8: guessing would import mojibake.
   */
  private static final java.util.Set<String> CHINESE_CHARSETS =
      java.util.Set.of("gbk", "gb2312", "gb18030", "cp936", "x-gbk", "euc-cn");

  private static String chineseText(byte[] body, String charset) {
    String binary = binaryKind(body);
    if (binary != null) {
      throw refused(notText(binary));
    }
    try {
      return strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw refused(
          "The document is declared as "
              + charset
              + " but its bytes are not "
              + charset
              + " text; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and upload it again.");
    }
  }

  private static String plainText(byte[] body) {
    String binary = binaryKind(body);
    if (binary != null) {
      throw refused(notText(binary));
    }
    int offset = startsWith(body, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(body, offset, body.length - offset);
    String text;
    try {
      text = strict(StandardCharsets.UTF_8).decode(bytes).toString();
    } catch (CharacterCodingException notUtf8) {
      long damagedAt = damagedUtf8(body);
      if (damagedAt >= 0) {
        throw refused(
            "The document is UTF-8 but damaged at byte "
                + damagedAt
                + " (a cut-off upload or a copy-paste accident); save it again as UTF-8.");
      }
      if (looksLikeGbk(body)) {
        throw refused(
            "The document is not UTF-8; it looks like GBK (GB2312/GB18030): save it as UTF-8 (in"
                + " Notepad: 另存为 → 编码 UTF-8) and upload it again.");
      }
      throw refused("The document is not valid UTF-8 text; save it as UTF-8 or send a .docx file.");
    }
    long controls =
        text.chars()
            .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B)
            .count();
    if (controls > 0) {
      throw refused(
          "The document contains binary control characters; send UTF-8 text, a .docx, .doc, .xlsx, .xls or a PDF with a text layer.");
    }
    return text;
  }

  /** Why bytes that are not a document are refused, and what to send instead. */
  private static String notText(String binary) {
    if (binary.startsWith("UTF-16")) {
      return "The document is UTF-16 text; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and upload"
          + " it again.";
    }
    return "The document is "
        + binary
        + ", not text; send UTF-8 text, a .docx, .doc, .xlsx, .xls or a PDF with a text layer.";
  }

  /** A name for common binary content, or null. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
      return "UTF-16 text (save it as UTF-8)";
    }
    for (byte x : b) {
      if (x == 0) {
        return "binary data (it contains NUL bytes)";
      }
    }
    return null;
  }

  /**
   * The offset of the first invalid sequence when the body is otherwise plainly UTF-8 (at least ten
   * valid multi-byte sequences for each invalid one), else -1. GBK text read as UTF-8 is mostly
   * invalid, so it is not taken for damaged UTF-8.
   */
  static long damagedUtf8(byte[] b) {
    long valid = 0;
    long invalid = 0;
    long first = -1;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int length =
          c < 0x80
              ? 1
              : c >= 0xC2 && c <= 0xDF
                  ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      boolean ok = length > 0 && i + length <= b.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        invalid++;
        if (first < 0) {
          first = i;
        }
        i++;
      } else {
        if (length > 1) {
          valid++;
        }
        i += length;
      }
    }
    return invalid > 0 && valid >= invalid * 10 ? first : -1;
  }

  /**
   * GBK text decodes cleanly as GB18030 and is mostly Chinese characters and punctuation there;
   * random bytes rarely do both.
   */
  private static boolean looksLikeGbk(byte[] body) {
    String decoded;
    try {
      decoded = strict(GB18030).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    long wide = decoded.chars().filter(c -> c > 0x7F).count();
    long chinese =
        decoded
            .chars()
            .filter(
                c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || (c >= 0x3000 && c <= 0x303F)
                        || (c >= 0xFF00 && c <= 0xFFEF))
            .count();
    return wide > 0 && chinese * 10 >= wide * 8;
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
