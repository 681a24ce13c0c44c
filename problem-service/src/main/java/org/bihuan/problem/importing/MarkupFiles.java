package org.bihuan.problem.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text files that are a document program's markup, not a document's text: RTF, MHT (MIME HTML,
 * Word's 单个文件网页), Office 2003 XML (WordprocessingML, SpreadsheetML) and other XML, and HTML pages.
 * Read as plain text they gave problems made of control words and tags, so each is named by its
 * first bytes, whatever the upload declares, and refused with what to send instead
 * (docs/decisions/0300, amending 0289). A text file that only mentions a tag in its text is not
 * markup: the file must begin with it.
 */
final class MarkupFiles {

  private MarkupFiles() {}

  /** A markup format: what it is (English), and what to do, in Chinese. */
  record Found(String format, String named, String chinese) {

    /** The format named and what to send instead, e.g. "an RTF document (…); RTF 文件…". */
    String detail() {
      return named + ". " + chinese;
    }
  }

  /** How far into a file its markup is looked for. */
  private static final int HEAD = 4096;

  private static final Found RTF =
      new Found(
          "rtf",
          "an RTF document (Rich Text Format, as Word and WordPad save it), whose text is not read;"
              + " open it in Word and save it as .docx",
          "RTF 文件不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。");

  private static final Found MHT =
      new Found(
          "mht",
          "an MHT file (MIME HTML, a web archive: Word's 单个文件网页 or a browser's saved page),"
              + " whose text is not read; open it in Word and save it as .docx",
          "MHT（单个文件网页）不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。");

  private static final Found WORD_XML =
      new Found(
          "word-xml",
          "a Word XML document (WordprocessingML .xml, Word 2003 XML or Word XML), whose text is"
              + " not read; open it in Word and save it as .docx",
          "Word XML 文档不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。");

  private static final Found EXCEL_XML =
      new Found(
          "excel-xml",
          "an Excel XML spreadsheet (SpreadsheetML .xml, XML 电子表格 2003), whose cells are not"
              + " read; open it in Excel and save it as .xlsx",
          "XML 电子表格不能直接导入：请用 Excel 打开，另存为 .xlsx 后重新上传。");

  private static final Found XML =
      new Found(
          "xml",
          "an XML file, whose text is not read as a document; send the document it was exported"
              + " from (.docx, .xlsx, a PDF or UTF-8 text)",
          "XML 文件不能直接导入：请上传原始的 Word、Excel、PDF 文档或 UTF-8 文本。");

  static final Found HTML =
      new Found(
          "html",
          "an HTML page (a table exported as a web page, which Excel and Word open but which is not"
              + " their file); open it in Excel or Word and save it as .xlsx or .docx",
          "网页（HTML）文件不能直接导入：请用 Excel 或 Word 打开，另存为 .xlsx 或 .docx 后重新上传。");

  /** A header line of a MIME message, or its continuation. */
  private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]+:.*|[ \\t].*");

  /** The first tags an HTML page begins with (comments and an XML prolog left out). */
  private static final Pattern HTML_START =
      Pattern.compile(
          "<(!doctype\\s+html|html|head|meta|body|table|title)[\\s>/].*", Pattern.DOTALL);

  /** The markup format the file begins with, or null when it is not one of them. */
  static Found of(byte[] body) {
    String head = head(body);
    if (head.startsWith("{\\rtf")) {
      return RTF;
    }
    if (mimeArchive(head)) {
      return MHT;
    }
    String rest = withoutPrologAndComments(head);
    if (HTML_START.matcher(rest).matches()) {
      return HTML;
    }
    boolean prolog = head.startsWith("<?xml");
    if (head.contains("progid=\"word.document\"")
        || rest.startsWith("<w:worddocument")
        || (prolog && rest.startsWith("<pkg:package"))) {
      return WORD_XML;
    }
    if (head.contains("progid=\"excel.sheet\"")
        || head.contains("urn:schemas-microsoft-com:office:spreadsheet") && rest.startsWith("<")) {
      return EXCEL_XML;
    }
    return prolog ? XML : null;
  }

  /**
   * The file's first bytes as text, lower case, without a byte-order mark and leading white space.
   * Markup is ASCII, so single bytes are read as characters; UTF-16 (with its mark) is decoded.
   */
  private static String head(byte[] b) {
    int length = Math.min(b.length, HEAD);
    String text;
    if (DocumentText.startsWith(b, 0xFF, 0xFE)) {
      text = new String(b, 2, length - 2, StandardCharsets.UTF_16LE);
    } else if (DocumentText.startsWith(b, 0xFE, 0xFF)) {
      text = new String(b, 2, length - 2, StandardCharsets.UTF_16BE);
    } else {
      int bom = DocumentText.startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      text = new String(b, bom, length - bom, StandardCharsets.ISO_8859_1);
    }
    return text.stripLeading().toLowerCase(Locale.ROOT);
  }

  /**
   * A MIME message at the file's start (an .mht): header lines up to the first blank line, among
   * them MIME-Version and a multipart Content-Type.
   */
  private static boolean mimeArchive(String head) {
    if (!head.startsWith("mime-version:")
        && !head.startsWith("from:")
        && !head.startsWith("subject:")
        && !head.startsWith("content-")
        && !head.startsWith("date:")
        && !head.startsWith("snapshot-content-location:")) {
      return false;
    }
    int end = head.indexOf("\n\n");
    int crlf = head.indexOf("\r\n\r\n");
    if (crlf >= 0 && (end < 0 || crlf < end)) {
      end = crlf;
    }
    String headers = end < 0 ? head : head.substring(0, end);
    boolean version = false;
    boolean multipart = false;
    for (String line : headers.split("\r?\n")) {
      if (!HEADER_LINE.matcher(line).matches()) {
        return false;
      }
      version |= line.startsWith("mime-version:");
      multipart |= line.startsWith("content-type:") && line.contains("multipart/");
    }
    return version && multipart;
  }

  /** The head after an XML prolog, processing instructions, a doctype of XML and comments. */
  private static String withoutPrologAndComments(String head) {
    String rest = head;
    while (true) {
      if (rest.startsWith("<?")) {
        int end = rest.indexOf("?>");
        if (end < 0) {
          return rest;
        }
        rest = rest.substring(end + 2).stripLeading();
      } else if (rest.startsWith("<!--")) {
        int end = rest.indexOf("-->");
        if (end < 0) {
          return rest;
        }
        rest = rest.substring(end + 3).stripLeading();
      } else {
        return rest;
      }
    }
  }
}
