package org.bihuan.problem.importing;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an uploaded document (the request body and its declared media type) into its content for
 * {@link DocumentReading}, or refuses it with a problem+json that names the file's problem. What
 * the file is comes from its bytes; a declared document type that the bytes contradict is refused.
 *
 * <ul>
 *   <li>{@code text/plain} must be UTF-8; a byte-order mark is dropped. Text in GBK/GB18030 (what
 *       Notepad and older Office save on Chinese Windows) is recognised and refused (415) with
 *       "save it as UTF-8": it is never imported as mojibake.
 *   <li>.docx and .xlsx (ZIP packages) are measured against the memory budget ({@link ZipPackage})
 *       before they are read: .docx with POI XWPF ({@link WordDocumentText}), .xlsx by streaming
 *       ({@link XlsxSheets}).
 *   <li>OLE2 files: .doc (POI HWPF, {@link Word97Text}) and .xls (POI HSSF, {@link XlsSheets}); a
 *       password-protected .docx/.xlsx arrives as an OLE2 file too and is refused (422) as
 *       encrypted, like an encrypted .doc, .xls or PDF.
 *   <li>PDF: its text layer ({@link PdfText}); a scan without one is refused (422).
 *   <li>Other binary content (NUL bytes, control characters, images) and other media types are
 *       refused (415); a damaged file 422; an empty or blank body 400; a body above {@code
 *       bihuan.import.max-bytes} (default 10M) 413.
 * </ul>
 */
@Singleton
public class DocumentText {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String DOC = "application/msword";
  public static final String XLS = "application/vnd.ms-excel";
  public static final String PDF = "application/pdf";

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final long maxBytes;
  private final ImportLimits limits;

  @Inject
  public DocumentText(
      @ConfigProperty(name = "bihuan.import.max-bytes", defaultValue = "10M") MemorySize maxBytes,
      @ConfigProperty(name = "bihuan.import.max-read-time", defaultValue = "60s")
          java.time.Duration maxReadTime) {
    this(
        ImportLimits.forUploadsOf(maxBytes.asLongValue())
            .withMaxReadMillis(maxReadTime.toMillis()));
  }

  public DocumentText(MemorySize maxBytes) {
    this(maxBytes.asLongValue());
  }

  public DocumentText(long maxBytes) {
    this(ImportLimits.forUploadsOf(maxBytes));
  }

  public DocumentText(ImportLimits limits) {
    this.maxBytes = limits.maxBytes();
    this.limits = limits;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The memory and time budget each document is read within. */
  ImportLimits limits() {
    return limits;
  }

  /** The text of a document (its tables' cells included), as {@link #content} reads it. */
  public String read(InputStream body, String mediaType) {
    return content(body, mediaType).text();
  }

  public String read(byte[] body, String mediaType) {
    return content(body, mediaType).text();
  }

  /** Reads at most the configured number of bytes from {@code body}; refuses a longer one. */
  public DocumentContent content(InputStream body, String mediaType) {
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
      return content(bytes.toByteArray(), mediaType);
    } catch (IOException e) {
      throw ApiProblem.badRequest(
          "The upload was cut off before its end (" + e.getMessage() + "); send the file again.");
    }
  }

  public DocumentContent content(byte[] body, String mediaType) {
    try (ImportLimits.Watch clock = ReadingTime.start(limits)) {
      return contentOf(body, mediaType);
    } catch (StackOverflowError e) {
      // Office and PDF parsers recurse over a file's structure; the XML of .docx/.xlsx is measured
      // for depth before they see it, and this refuses what the binary formats nest as deeply
      throw ZipPackage.tooDeep("its structure is nested thousands of levels deep");
    }
  }

  private DocumentContent contentOf(byte[] body, String mediaType) {
    if (body == null || body.length == 0) {
      throw empty();
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    String type = baseType(mediaType);
    if (isZip(body)) {
      if (CutShort.zip(body)) {
        throw CutShort.refusal(
            declaredAs(type, List.of(DOCX, XLSX), "a Word or Excel document (.docx/.xlsx)"),
            body.length,
            CutShort.ZIP_END,
            null);
      }
      ZipPackage.Kind kind = ZipPackage.inspect(body, limits);
      if (kind == ZipPackage.Kind.WORD) {
        claimed(type, DOCX, "a Word document (.docx)");
        return docx(body);
      }
      if (kind == ZipPackage.Kind.EXCEL) {
        claimed(type, XLSX, "an Excel workbook (.xlsx)");
        return workbookContent("xlsx", XlsxSheets.read(body, limits));
      }
      throw refused(
          "The file is a ZIP archive but neither a Word (.docx) nor an Excel (.xlsx) document;"
              + " send the document itself.");
    }
    if (startsWith(body, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      if (CutShort.ole2(body)) {
        throw CutShort.refusal(
            declaredAs(type, List.of(DOC, XLS), "a Word or Excel 97-2003 document (.doc/.xls)"),
            body.length,
            CutShort.OLE2_END,
            null);
      }
      return ole2(body, type);
    }
    if (startsWith(body, '%', 'P', 'D', 'F')) {
      claimed(type, PDF, "a PDF file");
      PdfText.Pages pdf = PdfText.read(body, limits);
      String text = text(pdf.text());
      String outside = pdf.tables().isEmpty() ? text : pdf.outside();
      return new DocumentContent(
          "pdf", text, outside, pdf.tables(), pdf.firstLines(), pdf.warnings());
    }
    String declared = OFFICE_TYPES.get(type);
    if (declared != null) {
      String binary = binaryKind(body);
      throw refused(
          "The file is declared as "
              + declared
              + " but is "
              + (binary == null ? "not one (it reads as plain text)" : binary)
              + ".");
    }
    if (!(type.isEmpty() || type.startsWith("text/") || type.equals("application/octet-stream"))) {
      throw refused(
          "Documents are accepted as text/plain (UTF-8), .docx, .doc, .xlsx, .xls or PDF, not "
              + type
              + ".");
    }
    String charset = charset(mediaType);
    if (charset != null && CHINESE_CHARSETS.contains(charset)) {
      return DocumentContent.text("txt", text(chineseText(body, charset)));
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
    return DocumentContent.text("txt", text(plainText(body)));
  }

  private static final java.util.Map<String, String> OFFICE_TYPES =
      java.util.Map.of(
          DOCX, "a Word document (.docx)",
          XLSX, "an Excel workbook (.xlsx)",
          DOC, "a Word 97-2003 document (.doc)",
          XLS, "an Excel 97-2003 workbook (.xls)",
          PDF, "a PDF file");

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

  /** What the file was declared as when that is one of {@code types}, else {@code otherwise}. */
  private static String declaredAs(String type, List<String> types, String otherwise) {
    return types.contains(type) ? OFFICE_TYPES.get(type) : otherwise;
  }

  /** Refuses a file whose declared document type is another one than what its bytes are. */
  private static void claimed(String declaredType, String actualType, String actual) {
    String declared = OFFICE_TYPES.get(declaredType);
    if (declared != null && !declaredType.equals(actualType)) {
      throw refused(
          "The file is declared as "
              + declared
              + " but is "
              + actual
              + "; send it with its own media type ("
              + actualType
              + ").");
    }
  }

  /**
   * An OLE2 compound file: a .doc, a .xls, or a password-protected .docx/.xlsx (Office encrypts an
   * OOXML package into an OLE2 file holding EncryptionInfo and EncryptedPackage).
   */
  private DocumentContent ole2(byte[] body, String type) {
    Program program = Program.OFFICE;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body))) {
      DirectoryEntry root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        // an encrypted .docx or .xlsx: only the media type it was sent with says which
        throw encrypted(
            DOCX.equals(type) ? Program.WORD : XLSX.equals(type) ? Program.EXCEL : Program.OFFICE);
      }
      if (root.hasEntry("WordDocument")) {
        program = Program.WORD;
        claimed(type, DOC, "a Word 97-2003 document (.doc)");
        DocumentContent doc = Word97Text.read(fs, limits);
        return new DocumentContent("doc", text(doc.text()), doc.textOutsideTables(), doc.tables());
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        program = Program.EXCEL;
        claimed(type, XLS, "an Excel 97-2003 workbook (.xls)");
        return workbookContent("xls", XlsSheets.read(fs, limits));
      }
      throw refused(
          "The file is an OLE2 (Office 97-2003) file but neither a Word (.doc) nor an Excel (.xls)"
              + " document; send the document itself.");
    } catch (EncryptedDocumentException e) {
      throw encrypted(program);
    } catch (OldFileFormatException e) {
      throw refused(
          "The file is in a format older than Office 97 (Word 6/95, Excel 5/95); open it in Word"
              + " or Excel and save it as .docx or .xlsx.");
    } catch (ApiProblem p) {
      throw p;
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or hostile files with many exception types
      throw ZipPackage.damaged("a readable Word 97-2003 (.doc) or Excel 97-2003 (.xls) file");
    }
  }

  private DocumentContent workbookContent(String format, WorkbookSheets workbook) {
    java.util.List<Grid> sheets = workbook.sheets();
    StringBuilder text = new StringBuilder();
    for (Grid sheet : sheets) {
      text.append("# ").append(sheet.sheet()).append('\n');
      for (Grid.Row row : sheet.rows()) {
        StringBuilder line = new StringBuilder();
        for (Grid.Cell cell : row.cells()) {
          if (line.length() > 0) {
            line.append('\t');
          }
          line.append(cell.continuesAbove() ? "" : cell.text().replace('\n', ' '));
        }
        text.append(line.toString().stripTrailing()).append('\n');
      }
    }
    boolean anyCell = sheets.stream().flatMap(g -> g.rows().stream()).anyMatch(r -> !r.isBlank());
    if (!anyCell) {
      throw ApiProblem.badRequest(
          "The workbook is empty: none of its visible sheets has a cell"
              + (workbook.hidden().isEmpty()
                  ? "."
                  : " (hidden sheets are not read: "
                      + String.join("、", workbook.hidden().stream().map(h -> h.name()).toList())
                      + "; unhide a sheet in Excel to import it)."));
    }
    return new DocumentContent(
        format, text.toString(), "", sheets, java.util.List.of(), workbook.warnings());
  }

  /** The program a password-protected file was made with, and how it removes the password. */
  enum Program {
    WORD(
        "Word document",
        "open it in Word, clear the password under 文件 → 信息 → 保护文档 → 用密码进行加密, save, and upload it"
            + " again"),
    EXCEL(
        "Excel workbook",
        "open it in Excel, clear the password under 文件 → 信息 → 保护工作簿 → 用密码进行加密, save, and upload"
            + " it again"),
    OFFICE(
        "Office document",
        "open it in Word or Excel, clear the password under 文件 → 信息 → 保护文档 (Word) or 保护工作簿"
            + " (Excel) → 用密码进行加密, save, and upload it again"),
    PDF(
        "PDF",
        "open it in a PDF reader with its password and remove the security (in Adobe Acrobat: 文件 →"
            + " 属性 → 安全性 → 无安全性), or export or print an unprotected copy to PDF, and upload that");

    private final String what;
    private final String remedy;

    Program(String what, String remedy) {
      this.what = what;
      this.remedy = remedy;
    }
  }

  static ApiProblem encrypted(Program program) {
    return ApiProblem.unprocessable(
        "encrypted-document",
        "The "
            + program.what
            + " is password-protected (encrypted), so it cannot be read. To import it, "
            + program.remedy
            + ".");
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

  /** A name for common binary content, or null. */
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

  private DocumentContent docx(byte[] body) {
    DocumentContent doc;
    try {
      doc = WordDocumentText.read(body);
    } catch (ApiProblem p) {
      throw p;
    } catch (EncryptedDocumentException e) {
      throw encrypted(Program.WORD);
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or hostile files (bad XML, missing parts) with many exception types.
      throw ZipPackage.damaged("a readable Word document (.docx)");
    }
    if (doc.text().length() > limits.maxTextChars()) {
      throw limits.tooLarge(
          "The document holds more than " + limits.maxTextChars() + " characters");
    }
    return new DocumentContent(
        "docx", text(doc.text()), doc.textOutsideTables(), doc.tables(), List.of(), doc.warnings());
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
    return ApiProblem.badRequest(
        "The document is empty; send UTF-8 text, a .docx, .doc, .xlsx, .xls or a PDF with a text layer.");
  }

  private ApiProblem tooLarge() {
    return ApiProblem.tooLarge(
        "The document is larger than the limit of "
            + maxBytes
            + " bytes (bihuan.import.max-bytes); split it or remove images.");
  }
}
