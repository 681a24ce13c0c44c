package org.bihuan.problem.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A rectification plan as the programs that save it as markup write it: RTF (Word, WordPad), MHT
 * (Word's 单个文件网页, a browser's saved page), Word 2003 XML, Excel XML 电子表格 2003 and HTML (Word's 网页,
 * a browser's saved page, an XHTML export). Line ends, encodings and escapes are those the programs
 * use (CRLF; GB2312 where Chinese Word writes it; RTF's \'xx escapes of the GBK bytes).
 */
public final class MarkupDocuments {

  private MarkupDocuments() {}

  private static final Charset GBK = Charset.forName("GBK");

  public static final String[] LINES = {
    "一、存在的问题", "1.理论学习不够深入。", "整改措施：制定学习计划。", "责任单位：办公室", "整改时限：2024年6月30日"
  };

  /** Chinese Word's RTF: code page 936, each character its GBK bytes as \'xx. */
  public static byte[] wordRtf() {
    StringBuilder rtf =
        new StringBuilder(
            "{\\rtf1\\adeflang1025\\ansi\\ansicpg936\\uc2\\adeff31507\\deff0\\stshfdbch31505"
                + "\\stshfloch31506\\stshfhich31506\\stshfbi0\\deflang1033\\deflangfe2052"
                + "\\themelang1033\\themelangfe2052\\themelangcs0{\\fonttbl{\\f0\\fbidi \\froman"
                + "\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}{\\f13\\fbidi"
                + " \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}"
                + escaped("宋体")
                + "{\\*\\falt SimSun};}}\r\n{\\*\\generator Microsoft Word 16.0;}{\\info{\\author "
                + escaped("办公室")
                + "}}\r\n\\paperw11906\\paperh16838\\margl1800\\margr1800\\sectd\r\n");
    for (String line : LINES) {
      rtf.append("\\pard\\plain \\ltrpar\\ql {\\rtlch\\fcs1 \\af13 \\ltrch\\fcs0 \\f13 ")
          .append(escaped(line))
          .append("}\\par\r\n");
    }
    return rtf.append("}\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** WordPad's RTF (RichEdit 2.0). */
  public static byte[] wordPadRtf() {
    StringBuilder rtf =
        new StringBuilder(
            "{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052{\\fonttbl"
                + "{\\f0\\fnil\\fcharset134 "
                + escaped("宋体")
                + ";}}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
                + "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang2052 ");
    for (String line : LINES) {
      rtf.append(escaped(line)).append("\\par\r\n");
    }
    return rtf.append("}\r\n\u0000").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Word's 单个文件网页: a MIME message, its preamble and HTML part in GB2312. */
  public static byte[] wordMht() {
    String html =
        "<html xmlns:v=3D\"urn:schemas-microsoft-com:vml\"\r\n"
            + "xmlns:o=3D\"urn:schemas-microsoft-com:office:office\"\r\n"
            + "xmlns:w=3D\"urn:schemas-microsoft-com:office:word\"\r\n"
            + "xmlns=3D\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
            + "<meta http-equiv=3DContent-Type content=3D\"text/html; charset=3Dgb2312\">\r\n"
            + "<meta name=3DProgId content=3DWord.Document>\r\n</head>\r\n<body lang=3DZH-CN>\r\n"
            + paragraphs("<p class=3DMsoNormal>", "</p>\r\n")
            + "</body>\r\n</html>\r\n";
    String mht =
        "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related; boundary=\"----=_NextPart_01DA2B3C.4D5E6F70\"\r\n"
            + "\r\n此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。"
            + "请下载支持“Web 档案”的浏览器。\r\n\r\n"
            + "------=_NextPart_01DA2B3C.4D5E6F70\r\n"
            + "Content-Location: file:///C:/D2B3C4D5/file9999.htm\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n"
            + html
            + "\r\n------=_NextPart_01DA2B3C.4D5E6F70--\r\n";
    return mht.getBytes(GBK);
  }

  /** A page saved by Chrome or Edge as 网页，单个文件 (.mhtml). */
  public static byte[] browserMht() {
    String mht =
        "From: <Saved by Blink>\r\n"
            + "Snapshot-Content-Location: http://oa.example.cn/plan/2024\r\n"
            + "Subject: =?utf-8?Q?=E6=95=B4=E6=94=B9=E6=96=B9=E6=A1=88?=\r\n"
            + "Date: Thu, 5 Dec 2024 10:00:00 +0800\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/related;\r\n"
            + "\ttype=\"text/html\";\r\n"
            + "\tboundary=\"----MultipartBoundary--x1y2z3----\"\r\n\r\n\r\n"
            + "------MultipartBoundary--x1y2z3----\r\n"
            + "Content-Type: text/html\r\n"
            + "Content-ID: <frame-1@mhtml.blink>\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n"
            + "Content-Location: http://oa.example.cn/plan/2024\r\n\r\n"
            + "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + paragraphs("<p>", "</p>")
            + "</body></html>\r\n------MultipartBoundary--x1y2z3------\r\n";
    return mht.getBytes(StandardCharsets.UTF_8);
  }

  /** Word's 另存为 Word 2003 XML 文档 (WordprocessingML). */
  public static byte[] word2003Xml() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<?mso-application progid=\"Word.Document\"?>\r\n"
            + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\""
            + " xmlns:wx=\"http://schemas.microsoft.com/office/word/2003/auxHint\""
            + " w:macrosPresent=\"no\" w:embeddedObjPresent=\"no\" w:ocxPresent=\"no\""
            + " xml:space=\"preserve\"><w:body><wx:sect>"
            + paragraphs("<w:p><w:r><w:t>", "</w:t></w:r></w:p>")
            + "</wx:sect></w:body></w:wordDocument>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** Excel's 另存为 XML 电子表格 2003 (SpreadsheetML). */
  public static byte[] excel2003Xml() {
    StringBuilder rows = new StringBuilder();
    rows.append("    <Row><Cell><Data ss:Type=\"String\">序号</Data></Cell>")
        .append("<Cell><Data ss:Type=\"String\">存在问题</Data></Cell>")
        .append("<Cell><Data ss:Type=\"String\">整改措施</Data></Cell></Row>\r\n")
        .append("    <Row><Cell><Data ss:Type=\"Number\">1</Data></Cell>")
        .append("<Cell><Data ss:Type=\"String\">理论学习不够深入。</Data></Cell>")
        .append("<Cell><Data ss:Type=\"String\">制定学习计划。</Data></Cell></Row>\r\n");
    String xml =
        "<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\r\n"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"\r\n"
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\r\n"
            + " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"\r\n"
            + " xmlns:html=\"http://www.w3.org/TR/REC-html40\">\r\n"
            + " <DocumentProperties xmlns=\"urn:schemas-microsoft-com:office:office\">\r\n"
            + "  <Author>办公室</Author>\r\n </DocumentProperties>\r\n"
            + " <Worksheet ss:Name=\"整改台账\">\r\n  <Table>\r\n"
            + rows
            + "  </Table>\r\n </Worksheet>\r\n</Workbook>\r\n";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** Word's 另存为 网页 (.htm), GB2312 as Chinese Word writes it. */
  public static byte[] wordHtml() {
    String html =
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\n"
            + "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
            + "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\n"
            + "xmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
            + "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n"
            + "<meta name=ProgId content=Word.Document>\r\n<title>整改方案</title>\r\n</head>\r\n"
            + "<body lang=ZH-CN>\r\n"
            + paragraphs("<p class=MsoNormal>", "</p>\r\n")
            + "</body>\r\n</html>\r\n";
    return html.getBytes(GBK);
  }

  /** A page saved by a browser (网页，仅 HTML), with the comment old browsers put first. */
  public static byte[] browserHtml() {
    String html =
        "<!-- saved from url=(0032)http://oa.example.cn/plan/2024 -->\r\n"
            + "<html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\""
            + " content=\"text/html; charset=UTF-8\"><title>整改方案</title></head><body>"
            + paragraphs("<div>", "</div>")
            + "</body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** An XHTML export with its XML prolog and doctype. */
  public static byte[] xhtml() {
    String html =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
            + paragraphs("<p>", "</p>")
            + "</body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static String paragraphs(String open, String close) {
    StringBuilder out = new StringBuilder();
    for (String line : LINES) {
      out.append(open).append(line).append(close);
    }
    return out.toString();
  }

  /** RTF's escapes of the GBK bytes of {@code text}: 一 is \'d2\'bb. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(GBK)) {
      if (b >= 0x20 && b < 0x7F) {
        out.append((char) b);
      } else {
        out.append(String.format("\\'%02x", b & 0xFF));
      }
    }
    return out.toString();
  }
}
