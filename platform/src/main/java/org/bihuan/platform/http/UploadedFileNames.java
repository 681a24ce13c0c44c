package org.bihuan.platform.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.bihuan.platform.input.SafeText;

/**
 * The name an uploaded file is kept under, in one place for every upload (an evidence file's form
 * part, an imported document's {@code Content-Disposition} header): the last segment of a path
 * (browsers used to send {@code C:\Users\…\x.pdf}, docs/decisions/0119), at most 255 characters, a
 * name rather than {@code .} or {@code ..}, no control character, bidirectional override or other
 * character a line may not hold ({@link SafeText#problemInLine}), and no U+FFFD where the bytes
 * sent were not UTF-8 (docs/decisions/0257, 0300).
 */
public final class UploadedFileNames {

  /** The longest name kept. */
  public static final int MAX_LENGTH = 255;

  private UploadedFileNames() {}

  /** The last segment of the path {@code given} (either separator), stripped; "" for none. */
  public static String lastSegment(String given) {
    String name = given == null ? "" : given;
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
  }

  /**
   * Why the non-empty {@code name} (a {@link #lastSegment}) cannot be kept, worded to follow "the
   * filename" or a field name, or null when it can.
   */
  public static String problem(String name) {
    if (name.chars().allMatch(c -> c == '.')) {
      return "must be a name, not '" + name + "'";
    }
    if (name.length() > MAX_LENGTH) {
      return "must have at most " + MAX_LENGTH + " characters";
    }
    String unsafe = SafeText.problemInLine(name);
    if (unsafe != null) {
      return unsafe;
    }
    if (name.indexOf('\uFFFD') >= 0) {
      // U+FFFD stands where the name's bytes were not UTF-8: the name as sent is lost, so it is
      // refused rather than kept as something else
      return "is not valid UTF-8";
    }
    return null;
  }

  /**
   * Why a file whose kind is checked by its name's extension (an evidence file) cannot be kept
   * under {@code given}, or null: a last segment that ends in a dot or a space, before it is
   * stripped. Windows drops both when it saves the file, so {@code a.pdf.} — checked as a name
   * without an extension — would be saved and opened as {@code a.pdf} (docs/decisions/0348).
   */
  public static String endProblem(String given) {
    String raw = given == null ? "" : given;
    String segment = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    if (segment.isEmpty()) {
      return null;
    }
    int last = segment.codePointBefore(segment.length());
    if (last == '.' || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
      return "must not end in a dot or a space: Windows drops them when the file is saved, and"
          + " it would open as another type than the one it was checked as";
    }
    return null;
  }

  /**
   * The filename a request's own {@code Content-Disposition} header gives ({@link
   * DispositionFilenames}), or null for none. A plain {@code filename="…"} sent as raw UTF-8 bytes
   * (curl and scripts do; the HTTP layer reads header bytes one character each) is read as the
   * UTF-8 it is; {@code filename*=UTF-8''…} arrives intact anyway.
   */
  public static String ofHeader(String disposition) {
    return given(disposition).name();
  }

  /**
   * The filename a request's own header gives ({@link #ofHeader}) and, when its {@code filename*}
   * is in a charset that is not supported, a note saying so for the caller's answer (null when
   * there is nothing to say; docs/decisions/0309).
   */
  public record Given(String name, String note) {}

  /** The filename a request's own {@code Content-Disposition} header gives, and its note. */
  public static Given given(String disposition) {
    DispositionFilenames.Given read = DispositionFilenames.read(utf8IfRaw(disposition));
    if (read.unsupportedCharset() == null) {
      return new Given(read.name(), null);
    }
    String kept = lastSegment(read.name());
    return new Given(
        read.name(),
        "The file's name (Content-Disposition filename*) is in the charset "
            + (read.unsupportedCharset().matches("[A-Za-z0-9._:+-]{1,40}")
                ? read.unsupportedCharset()
                : "it names")
            + ", which is not supported; "
            + (kept.isEmpty()
                ? "no name was kept"
                : "the name filename gives, 「" + kept + "」, was kept")
            + ". Send it as filename*=UTF-8''… to keep it.");
  }

  /** {@code header} read again as UTF-8 when its characters are the bytes of valid UTF-8. */
  static String utf8IfRaw(String header) {
    if (header == null || header.chars().allMatch(c -> c < 0x80)) {
      return header;
    }
    if (header.chars().anyMatch(c -> c > 0xFF)) {
      return header;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return header; // Latin-1 as sent: a name with é stays é
    }
  }
}
