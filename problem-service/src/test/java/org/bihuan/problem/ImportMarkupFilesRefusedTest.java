package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.MarkupDocuments;
import org.junit.jupiter.api.Test;

/**
 * RTF, MHT, Office 2003 XML and HTML files, as Word, WordPad, Excel and browsers write them, are
 * refused 415 naming the format found, whatever they are declared as (a .doc that is RTF,
 * text/plain, octet-stream), dry run or not; nothing is written. A text that mentions a tag is
 * still imported (docs/decisions/0300). Through {@code POST /sources/{id}/import}.
 */
@QuarkusTest
class ImportMarkupFilesRefusedTest {

  private static final String[] DECLARED = {
    "text/plain; charset=UTF-8", "application/octet-stream", DocumentText.DOC, DocumentText.DOCX
  };

  private static void refused(
      String source, byte[] body, String declared, String format, String says, String chinese) {
    for (String query : new String[] {null, "dryRun"}) {
      LedgerDetailsImportTest.upload(source, body, declared, query)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("format", equalTo(format))
          .body("detail", containsString(says))
          .body("detail", containsString(chinese));
    }
  }

  private static void refusedAsAnything(
      String source, byte[] body, String format, String says, String chinese) {
    for (String declared : DECLARED) {
      refused(source, body, declared, format, says, chinese);
    }
  }

  @Test
  void rtfFromWordAndWordPadIsNamedRtfEvenWhenSentAsADoc() {
    String source = source("RTF 整改方案");
    String says = "is an RTF document (Rich Text Format, as Word and WordPad save it)";
    String chinese = "RTF 文件不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。";
    refusedAsAnything(source, MarkupDocuments.wordRtf(), "rtf", says, chinese);
    refusedAsAnything(source, MarkupDocuments.wordPadRtf(), "rtf", says, chinese);
    refused(source, MarkupDocuments.wordRtf(), "application/rtf", "rtf", says, chinese);
    refused(source, MarkupDocuments.wordRtf(), "text/rtf", "rtf", says, chinese);
    LedgerDetailsImportTest.upload(source, MarkupDocuments.wordRtf(), DocumentText.DOC, null)
        .then()
        .body(
            "detail",
            containsString(
                "declared as a Word 97-2003 document (.doc) but is an RTF document (Rich Text"));
    nothingWritten(source);
  }

  @Test
  void mhtFromWordAndFromABrowserIsNamedMht() {
    String source = source("MHT 整改方案");
    String says =
        "is an MHT file (MIME HTML, a web archive: Word's 单个文件网页 or a browser's saved page)";
    String chinese = "MHT（单个文件网页）不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。";
    refusedAsAnything(source, MarkupDocuments.wordMht(), "mht", says, chinese);
    refusedAsAnything(source, MarkupDocuments.browserMht(), "mht", says, chinese);
    refused(source, MarkupDocuments.wordMht(), "message/rfc822", "mht", says, chinese);
    refused(
        source, MarkupDocuments.wordMht(), "text/plain; charset=GBK", "mht", says, "MHT（单个文件网页）");
    nothingWritten(source);
  }

  @Test
  void word2003XmlAndExcel2003XmlAreNamedOfficeXml() {
    String source = source("XML 整改方案");
    refusedAsAnything(
        source,
        MarkupDocuments.word2003Xml(),
        "word-xml",
        "is a Word XML document (WordprocessingML .xml, Word 2003 XML or Word XML)",
        "Word XML 文档不能直接导入：请用 Word 打开，另存为 .docx 后重新上传。");
    refusedAsAnything(
        source,
        MarkupDocuments.excel2003Xml(),
        "excel-xml",
        "is an Excel XML spreadsheet (SpreadsheetML .xml, XML 电子表格 2003)",
        "XML 电子表格不能直接导入：请用 Excel 打开，另存为 .xlsx 后重新上传。");
    refused(
        source,
        MarkupDocuments.excel2003Xml(),
        DocumentText.XLS,
        "excel-xml",
        "declared as an Excel 97-2003 workbook (.xls) but is an Excel XML spreadsheet",
        "另存为 .xlsx");
    refused(
        source,
        "<?xml version=\"1.0\"?><plan><item>理论学习不够深入</item></plan>"
            .getBytes(StandardCharsets.UTF_8),
        "text/xml",
        "xml",
        "is an XML file, whose text is not read as a document",
        "XML 文件不能直接导入");
    nothingWritten(source);
  }

  @Test
  void htmlFromWordABrowserOrAnXhtmlExportIsNamedHtml() {
    String source = source("网页整改方案");
    String says = "is an HTML page (a table exported as a web page";
    String chinese = "网页（HTML）文件不能直接导入：请用 Excel 或 Word 打开，另存为 .xlsx 或 .docx 后重新上传。";
    for (byte[] page :
        new byte[][] {
          MarkupDocuments.wordHtml(), MarkupDocuments.browserHtml(), MarkupDocuments.xhtml()
        }) {
      refusedAsAnything(source, page, "html", says, chinese);
      refused(source, page, "text/html", "html", says, chinese);
    }
    nothingWritten(source);
  }

  @Test
  void aTextThatMentionsTagsIsStillImported() {
    String source = source("提到网页标签的文本");
    String mentions =
        "<整改方案>\n一、存在的问题\n1.门户网站首页以<html>开头、未声明编码，部分页面乱码。\n"
            + "2.信息公开栏目的<table>表格无表头，读屏软件无法朗读。\n"
            + "3.{\\rtf 格式的附件无法在线预览。\n";
    for (String declared : new String[] {"text/plain; charset=UTF-8", "text/plain;charset=utf-8"}) {
      LedgerDetailsImportTest.upload(
              source, mentions.getBytes(StandardCharsets.UTF_8), declared, "dryRun")
          .then()
          .log()
          .ifValidationFails()
          .statusCode(200)
          .body("problems", hasSize(3))
          .body("problems[0].title", containsString("<html>"))
          .body("problems[1].title", containsString("<table>"));
    }
    LedgerDetailsImportTest.upload(
            source, mentions.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null)
        .then()
        .statusCode(201)
        .body("problems", hasSize(3));
  }

  private static void nothingWritten(String source) {
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }
}
