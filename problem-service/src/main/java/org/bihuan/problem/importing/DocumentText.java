package org.bihuan.problem.importing;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an uploaded document (the request body and its declared media type) into its content for
 * {@link DocumentReading}, or refuses it with a problem+json that names the file's problem. What
 * the file is comes from its bytes; a declared document type that the bytes contradict is refused
 * ({@link DeclaredType}), and a password-protected one is refused naming how to remove the password
 * ({@link EncryptedFiles}).
 *
 * <ul>
 *   <li>{@code text/plain} must be UTF-8; a byte-order mark is dropped; a PDF, Word or Excel file
 *       declared as text is refused (415) as any file declared as another type is (0309). Text in
 *       GBK/GB18030 (what Notepad and older Office save on Chinese Windows) is recognised and
 *       refused (415) with "save it as UTF-8": it is never imported as mojibake.
 *   <li>.docx and .xlsx (ZIP packages) are measured against the memory budget ({@link ZipPackage})
 *       before they are read: .docx with POI XWPF ({@link WordDocumentText}), .xlsx by streaming
 *       ({@link XlsxSheets}).
 *   <li>OLE2 files: .doc (POI HWPF, {@link Word97Text}) and .xls (POI HSSF, {@link XlsSheets}); a
 *       password-protected .docx/.xlsx arrives as an OLE2 file too and is refused (422) as
 *       encrypted, like an encrypted .doc, .xls or PDF.
 *   <li>PDF: its text layer ({@link PdfText}); a scan without one is refused (422).
 *   <li>A program's markup — RTF, MHT, Office XML, HTML — is named by its first bytes ({@link
 *       MarkupFiles}) and refused (415), whatever the declared type.
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
    String type = DeclaredType.base(mediaType);
    if (isZip(body)) {
      if (CutShort.zip(body)) {
        throw CutShort.refusal(
            DeclaredType.declaredAs(
                type, List.of(DOCX, XLSX), "a Word or Excel document (.docx/.xlsx)"),
            body.length,
            CutShort.ZIP_END,
            null);
      }
      ZipPackage.Kind kind = ZipPackage.inspect(body, limits);
      if (kind == ZipPackage.Kind.WORD) {
        DeclaredType.claimed(type, DOCX, "a Word document (.docx)");
        return docx(body);
      }
      if (kind == ZipPackage.Kind.EXCEL) {
        DeclaredType.claimed(type, XLSX, "an Excel workbook (.xlsx)");
        return XlsxSheets.read(body, limits).content("xlsx");
      }
      OpenDocumentFiles.refuse(body);
      throw DeclaredType.refused(
          "The file is a ZIP archive but neither a Word (.docx) nor an Excel (.xlsx) document;"
              + " send the document itself.");
    }
    if (startsWith(body, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      if (CutShort.ole2(body)) {
        throw CutShort.refusal(
            DeclaredType.declaredAs(
                type, List.of(DOC, XLS), "a Word or Excel 97-2003 document (.doc/.xls)"),
            body.length,
            CutShort.OLE2_END,
            null);
      }
      return Ole2Document.read(body, type, limits);
    }
    if (startsWith(body, '%', 'P', 'D', 'F')) {
      DeclaredType.claimed(type, PDF, "a PDF file");
      PdfText.Pages pdf = PdfText.read(body, limits);
      String text = text(pdf.text());
      String outside = pdf.tables().isEmpty() ? text : pdf.outside();
      return new DocumentContent(
          "pdf",
          text,
          outside,
          pdf.tables(),
          pdf.firstLines(),
          pdf.warnings(),
          pdf.continued(),
          pdf.unruledTables());
    }
    DeclaredType.requireText(body, type);
    // a PDF saved as text keeps its pages apart with form feeds: what stands at their edges
    // (page numbers, running headers) is left out as in the PDF (0370)
    List<String> furniture = new java.util.ArrayList<>();
    String plain = PageFurniture.blankedPages(lineEnds(PlainText.read(body, mediaType)), furniture);
    String text = text(plain);
    return new DocumentContent("txt", text, text, List.of(), List.of(), List.copyOf(furniture));
  }

  private DocumentContent docx(byte[] body) {
    DocumentContent doc;
    try {
      doc = WordDocumentText.read(body);
    } catch (ApiProblem p) {
      throw p;
    } catch (EncryptedDocumentException e) {
      throw EncryptedFiles.encrypted(EncryptedFiles.Program.WORD);
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
  static String text(String raw) {
    String text = lineEnds(raw).replace('\f', '\n');
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

  static boolean startsWith(byte[] b, int... prefix) {
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

  /** CR LF, CR and Word's manual line break (vertical tab) made LF; form feeds (pages) kept. */
  private static String lineEnds(String raw) {
    return raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n');
  }
}
