package org.bihuan.rectification.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bihuan.platform.error.ApiProblem;

/**
 * What an evidence file's bytes are, checked against what its name and Content-Type declare
 * (docs/decisions/0333): a file named 报告.pdf is a PDF, or it is refused (415) naming what it really
 * looks like; an executable is refused whatever it is called. Kinds the name and type do not
 * declare among these (archives, audio, video…) are stored as before.
 */
public final class EvidenceKind {

  /** What the first bytes of a file look like. */
  public enum Looks {
    WINDOWS_EXECUTABLE("Windows 可执行程序（MZ/PE）", true),
    ELF_EXECUTABLE("Linux 可执行程序（ELF）", true),
    MACH_O_EXECUTABLE("macOS 可执行程序或 Java 类文件", true),
    SCRIPT("脚本（以 #! 开头）", true),
    PDF("PDF 文档", false),
    ZIP("ZIP 容器（docx/xlsx/pptx 或压缩包）", false),
    OLE2("OLE2 复合文档（doc/xls/ppt）", false),
    RTF("RTF 文档", false),
    JPEG("JPEG 图片", false),
    PNG("PNG 图片", false),
    GIF("GIF 图片", false),
    WEBP("WebP 图片", false),
    TEXT("纯文本", false),
    BINARY("无法识别的二进制数据", false);

    final String label;
    final boolean executable;

    Looks(String label, boolean executable) {
      this.label = label;
      this.executable = executable;
    }

    public String label() {
      return label;
    }
  }

  /** A kind a name or a Content-Type declares, and the contents that are of that kind. */
  enum Declared {
    PDF_DOCUMENT("PDF 文档", EnumSet.of(Looks.PDF)),
    // An encrypted docx/xlsx is an OLE2 container; a docx renamed .doc still opens in Word.
    OFFICE_DOCUMENT("Office 文档", EnumSet.of(Looks.ZIP, Looks.OLE2)),
    WORD_97("Word 文档", EnumSet.of(Looks.OLE2, Looks.ZIP, Looks.RTF)),
    PICTURE("图片（JPEG/PNG/GIF/WebP）", EnumSet.of(Looks.JPEG, Looks.PNG, Looks.GIF, Looks.WEBP)),
    TEXT("纯文本", EnumSet.of(Looks.TEXT));

    final String label;
    final Set<Looks> accepted;

    Declared(String label, Set<Looks> accepted) {
      this.label = label;
      this.accepted = accepted;
    }
  }

  private static final Map<String, Declared> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", Declared.PDF_DOCUMENT),
          Map.entry("docx", Declared.OFFICE_DOCUMENT),
          Map.entry("xlsx", Declared.OFFICE_DOCUMENT),
          Map.entry("pptx", Declared.OFFICE_DOCUMENT),
          Map.entry("xls", Declared.OFFICE_DOCUMENT),
          Map.entry("ppt", Declared.OFFICE_DOCUMENT),
          Map.entry("doc", Declared.WORD_97),
          Map.entry("jpg", Declared.PICTURE),
          Map.entry("jpeg", Declared.PICTURE),
          Map.entry("png", Declared.PICTURE),
          Map.entry("gif", Declared.PICTURE),
          Map.entry("webp", Declared.PICTURE),
          Map.entry("txt", Declared.TEXT),
          Map.entry("csv", Declared.TEXT));

  private static final Map<String, Declared> BY_MEDIA_TYPE =
      Map.ofEntries(
          Map.entry("application/pdf", Declared.PDF_DOCUMENT),
          Map.entry("application/x-pdf", Declared.PDF_DOCUMENT),
          Map.entry("application/msword", Declared.WORD_97),
          Map.entry("application/vnd.ms-excel", Declared.OFFICE_DOCUMENT),
          Map.entry("application/vnd.ms-powerpoint", Declared.OFFICE_DOCUMENT),
          Map.entry("image/jpeg", Declared.PICTURE),
          Map.entry("image/pjpeg", Declared.PICTURE),
          Map.entry("image/png", Declared.PICTURE),
          Map.entry("image/gif", Declared.PICTURE),
          Map.entry("image/webp", Declared.PICTURE),
          Map.entry("text/plain", Declared.TEXT),
          Map.entry("text/csv", Declared.TEXT));

  private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

  /** How much of the file is read: enough for every signature and for telling text apart. */
  static final int HEAD = 8192;

  private EvidenceKind() {}

  /**
   * Refuses (415 problem+json in zh-CN, naming the file and what it looks like) an executable, or a
   * file whose bytes are not of the kind its name or Content-Type declares. Nothing is stored yet.
   */
  public static void check(String filename, String mediaType, Path file) {
    byte[] head = head(file);
    Looks looks = looks(head);
    List<Declared> declared = declared(filename, mediaType);
    if (looks == Looks.TEXT
        && declared.contains(Declared.TEXT)
        && !utf16(head)
        && nulAfter(file, head.length)) {
      // text declared is text in all its bytes, not only in the first HEAD (0348)
      looks = Looks.BINARY;
    }
    if (looks.executable) {
      throw refusal(
          "evidence-executable",
          "不接受可执行文件",
          "文件「" + filename + "」的内容是" + looks.label + "，不能作为佐证材料上传；未保存任何内容。",
          looks);
    }
    for (Declared d : declared) {
      if (!d.accepted.contains(looks)) {
        throw refusal(
            "evidence-content-mismatch",
            "文件内容与声明的类型不符",
            "文件「"
                + filename
                + "」按文件名或 Content-Type（"
                + mediaType
                + "）应为"
                + d.label
                + "，但其内容是"
                + looks.label
                + "；请上传真实的"
                + d.label
                + "，未保存任何内容。",
            looks);
      }
    }
  }

  /** The kinds the name's extension and the media type declare, the name's first. */
  static List<Declared> declared(String filename, String mediaType) {
    List<Declared> out = new ArrayList<>();
    int dot = filename == null ? -1 : filename.lastIndexOf('.');
    if (dot >= 0) {
      Declared byName =
          BY_EXTENSION.get(filename.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
      if (byName != null) {
        out.add(byName);
      }
    }
    String type =
        mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    Declared byType = type.startsWith(OOXML) ? Declared.OFFICE_DOCUMENT : BY_MEDIA_TYPE.get(type);
    if (byType != null && !out.contains(byType)) {
      out.add(byType);
    }
    return out;
  }

  /** What the first bytes look like, by their signatures, else text or unknown binary. */
  public static Looks looks(byte[] b) {
    if (starts(b, 'M', 'Z') && (portableExecutable(b) || hasNul(b))) {
      return Looks.WINDOWS_EXECUTABLE;
    }
    if (starts(b, 0x7F, 'E', 'L', 'F')) {
      return Looks.ELF_EXECUTABLE;
    }
    if (starts(b, 0xFE, 0xED, 0xFA, 0xCE)
        || starts(b, 0xFE, 0xED, 0xFA, 0xCF)
        || starts(b, 0xCE, 0xFA, 0xED, 0xFE)
        || starts(b, 0xCF, 0xFA, 0xED, 0xFE)
        || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return Looks.MACH_O_EXECUTABLE;
    }
    if (starts(b, '#', '!') || starts(b, 0xEF, 0xBB, 0xBF, '#', '!')) {
      return Looks.SCRIPT;
    }
    // A PDF reader finds the header within the first 1024 bytes.
    if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
      return Looks.PDF;
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6) || starts(b, 'P', 'K', 7, 8)) {
      return Looks.ZIP;
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Looks.OLE2;
    }
    if (starts(b, '{', '\\', 'r', 't', 'f')) {
      return Looks.RTF;
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return Looks.JPEG;
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Looks.PNG;
    }
    if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) {
      return Looks.GIF;
    }
    if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && at(b, 8, 'W', 'E', 'B', 'P')) {
      return Looks.WEBP;
    }
    // UTF-16 text carries a byte order mark; any other text has no NUL byte.
    if (utf16(b) || !hasNul(b)) {
      return Looks.TEXT;
    }
    return Looks.BINARY;
  }

  private static boolean utf16(byte[] b) {
    return starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF);
  }

  /** Whether the file has a NUL byte after its first {@code from} bytes, read a piece at a time. */
  private static boolean nulAfter(Path file, int from) {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(from);
      byte[] piece = new byte[64 * 1024];
      for (int n = in.read(piece); n > 0; n = in.read(piece)) {
        for (int i = 0; i < n; i++) {
          if (piece[i] == 0) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the uploaded file", e);
    }
  }

  /** MZ followed, where its header points, by the PE signature. */
  private static boolean portableExecutable(byte[] b) {
    if (b.length < 64) {
      return false;
    }
    int pe =
        (b[0x3C] & 0xFF) | (b[0x3D] & 0xFF) << 8 | (b[0x3E] & 0xFF) << 16 | (b[0x3F] & 0xFF) << 24;
    return pe > 0 && pe <= b.length - 4 && at(b, pe, 'P', 'E', 0, 0);
  }

  private static boolean hasNul(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean starts(byte[] b, int... sig) {
    return at(b, 0, sig);
  }

  private static boolean at(byte[] b, int from, int... sig) {
    if (b.length < from + sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[from + i] & 0xFF) != (sig[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] what, int within) {
    int last = Math.min(b.length, within + what.length) - what.length;
    for (int i = 0; i <= last; i++) {
      if (at(b, i, toInts(what))) {
        return i;
      }
    }
    return -1;
  }

  private static int[] toInts(byte[] what) {
    int[] out = new int[what.length];
    for (int i = 0; i < what.length; i++) {
      out[i] = what[i] & 0xFF;
    }
    return out;
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the uploaded file", e);
    }
  }

  private static ApiProblem refusal(String type, String title, String detail, Looks looks) {
    return new ApiProblem(415, type, title, detail, null)
        .with("detected", looks.name())
        .with("detectedLabel", looks.label);
  }
}
