package org.bihuan.problem.importing;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bihuan.platform.problem.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an uploaded document (the request body and its declared media type) into text for {@link
 * OutlineParser}, or refuses it with a problem+json that tells the user what to do.
 *
 * <ul>
 *   <li>{@code text/plain} must be UTF-8; a byte-order mark is dropped. Text in GBK/GB18030 (what
 *       Notepad and older Office save on Chinese Windows) is recognised and refused (415) with
 *       "save it as UTF-8": it is never imported as mojibake.
 *   <li>A .docx (its media type, or any body that is a ZIP holding {@code word/document.xml}) is
 *       read with Apache POI: see {@link WordDocumentText}.
 *   <li>Binary content (NUL bytes, control characters, PNG/JPEG/GIF/PDF, a legacy .doc, a ZIP that
 *       is not a Word document) and other media types are refused (415); an empty or blank body is
 *       refused (400); a body above {@code bihuan.import.max-bytes} (default 10M) is refused (413).
 * </ul>
 */
@Singleton
public class DocumentText {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final long maxBytes;

  @Inject
  public DocumentText(
      @ConfigProperty(name = "bihuan.import.max-bytes", defaultValue = "10M") MemorySize maxBytes) {
    this(maxBytes.asLongValue());
  }

  public DocumentText(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads at most the configured number of bytes from {@code body}; refuses a longer one. */
  public String read(InputStream body, String mediaType) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = body.read(buffer)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        bytes.write(buffer, 0, n);
      }
      return read(bytes.toByteArray(), mediaType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(byte[] body, String mediaType) {
    if (body == null || body.length == 0) {
      throw empty();
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    String type = baseType(mediaType);
    if (isZip(body)) {
      if (!holdsWordDocument(body)) {
        throw refused(
            "The file is a ZIP archive but not a Word document (.docx); send the .docx itself or"
                + " its text as UTF-8.");
      }
      return text(docx(body));
    }
    if (type.equals(DOCX)) {
      throw refused("The body is declared as .docx but is not a Word (.docx) file.");
    }
    if (type.equals("application/msword") || startsWith(body, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw refused(
          "Legacy Word (.doc) files cannot be read; save the document as .docx or as UTF-8 text.");
    }
    if (!(type.isEmpty() || type.startsWith("text/") || type.equals("application/octet-stream"))) {
      throw refused(
          "Documents are accepted as text/plain (UTF-8) or as .docx ("
              + DOCX
              + "), not "
              + type
              + ".");
    }
    String charset = charset(mediaType);
    if (charset != null
        && !charset.equals("utf-8")
        && !charset.equals("utf8")
        && !charset.equals("us-ascii")) {
      throw refused(
          "The document is declared as "
              + charset
              + ", not UTF-8; save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8) and upload it again.");
    }
    return text(plainText(body));
  }

  private static String plainText(byte[] body) {
    String binary = binaryKind(body);
    if (binary != null) {
      throw refused("The document is " + binary + ", not text; send UTF-8 text or a .docx file.");
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
      throw refused("The document contains binary control characters; send UTF-8 text or a .docx.");
    }
    return text;
  }

  /** A name for common binary content, or null. */
  private static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF file";
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

  private static String docx(byte[] body) {
    try {
      return WordDocumentText.read(body);
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or hostile files (zip bombs, bad XML) with many exception types.
      throw ApiProblem.badRequest(
          "The Word document could not be read (it may be damaged or password-protected); open"
              + " it in Word, save it again as .docx, or send its text as UTF-8.");
    }
  }

  /** Line ends made uniform; Word's manual line breaks and page breaks become line ends. */
  private static String text(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n');
    text = text.replace('\f', '\n');
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw empty();
    }
    return text;
  }

  private static boolean isZip(byte[] b) {
    return startsWith(b, 'P', 'K', 3, 4);
  }

  /**
   * Whether the ZIP holds {@code word/document.xml}. Inflates every entry once (into nothing) and
   * refuses a file that expands to more than ten times the size limit: POI builds the whole XML in
   * memory, so a small "zip bomb" must be stopped before it.
   */
  private boolean holdsWordDocument(byte[] body) {
    long limit = Math.max(maxBytes, 1) * 10;
    long inflated = 0;
    boolean found = false;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        found |= entry.getName().equals("word/document.xml");
        for (int n; (n = zip.read(buffer)) != -1; ) {
          inflated += n;
          if (inflated > limit) {
            throw ApiProblem.tooLarge(
                "The Word document expands to more than "
                    + limit
                    + " bytes; remove embedded images or send its text as UTF-8.");
          }
        }
      }
      return found;
    } catch (IOException | IllegalArgumentException e) {
      return found;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String baseType(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
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

  private static ApiProblem refused(String detail) {
    return ApiProblem.unsupportedMediaType(detail);
  }

  private static ApiProblem empty() {
    return ApiProblem.badRequest("The document is empty; send its text as UTF-8 or a .docx file.");
  }

  private ApiProblem tooLarge() {
    return ApiProblem.tooLarge(
        "The document is larger than the limit of "
            + maxBytes
            + " bytes (bihuan.import.max-bytes); split it or remove images.");
  }
}
