package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.DocumentTextEncodingTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bihuan.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * How a Word document becomes text: numbering rebuilt, tables row by row, damaged or expanding
 * files refused.
 */
class DocumentTextWordTest {
  private final DocumentText documents = new DocumentText(10L * 1024 * 1024);
  private final OutlineParser parser = new OutlineParser();

  // --- .docx ---

  @Test
  void aDocxOfTheSeedGivesTheSameDocumentAsItsText() throws IOException {
    String seed = Documents.text(Documents.SEED);
    byte[] docx = docx(seed.split("\n"));
    ParsedDocument fromWord = parser.parse(documents.read(docx, DocumentText.DOCX));
    assertEquals(parser.parse(seed), fromWord);
    assertEquals(11, fromWord.problems().size());
  }

  @Test
  void aDocxIsRecognisedByItsContentWhateverItIsDeclaredAs() throws IOException {
    String plan = Documents.text("rectification_plan_sections.txt");
    byte[] docx = docx(plan.split("\n"));
    // declared as text/plain it is refused as any file declared as another type is (0309)
    for (String type : new String[] {null, "application/octet-stream"}) {
      assertEquals(parser.parse(plan), parser.parse(documents.read(docx, type)), type);
    }
  }

  @Test
  void wordAutomaticNumberingIsRebuilt() throws IOException {
    String typed = Documents.text("self_examination_numbered.txt");
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFNumbering numbering = document.createNumbering();
      CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
      definition.setAbstractNumId(BigInteger.ONE);
      level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
      level(definition, 1, STNumberFormat.DECIMAL, "%2、");
      level(definition, 2, STNumberFormat.DECIMAL, "（%3）");
      BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
      for (String line : typed.split("\n")) {
        Numbering n = Numbering.of(TextNoise.clean(line));
        XWPFParagraph paragraph = document.createParagraph();
        if (n == null) {
          paragraph.createRun().setText(line);
        } else {
          // the number is Word's, not typed: 一、→ level 0, 1、→ level 1, （1）→ level 2
          paragraph.setNumID(list);
          paragraph.setNumILvl(BigInteger.valueOf(n.rank() == 0 ? 0 : n.rank() == 2 ? 1 : 2));
          paragraph.createRun().setText(n.text());
        }
      }
      ParsedDocument fromWord = parser.parse(documents.read(bytes(document), DocumentText.DOCX));
      assertEquals(parser.parse(typed), fromWord);
    }
  }

  @Test
  void chineseListNumbersAreRenderedAsChineseNumerals() {
    assertEquals(
        List.of("一", "九", "十", "十一", "二十", "二十一", "一百", "一百零五"),
        List.of(1, 9, 10, 11, 20, 21, 100, 105).stream().map(WordListNumbers::chinese).toList());
    assertEquals("③", WordListNumbers.render(3, "decimalEnclosedCircle"));
    assertEquals("iv", WordListNumbers.render(4, "lowerRoman"));
    assertEquals("AB", WordListNumbers.render(28, "upperLetter"));
  }

  @Test
  void aPlanTableIsReadRowByRowWithMergedCellsRepeatingTheValueAbove() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("三、整改任务");
      XWPFTable table = document.createTable(3, 6);
      row(table.getRow(0), "序号", "存在问题", "整改措施", "责任领导", "责任部门", "整改时限");
      row(table.getRow(1), "1", "会议室超标。面积超出标准。", "腾退超标面积", "张明", "办公室、后勤部", "2024年3月31日");
      row(table.getRow(2), "2", "公车私用", "加强车辆管理", "", "车队", "立行立改");
      // the leader cell is merged down over both rows: Word stores it in the first row only
      table.getRow(1).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      table.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge();
      document.createParagraph().createRun().setText("四、工作要求");
      ParsedDocument doc =
          new DocumentReading().read(documents.content(bytes(document), DocumentText.DOCX));
      assertEquals(
          List.of("会议室超标", "公车私用"), doc.problems().stream().map(ParsedProblem::title).toList());
      ParsedMeasure first = doc.problems().get(0).measures().get(0);
      assertEquals("腾退超标面积", first.measure());
      assertEquals(List.of("办公室", "后勤部"), first.responsibleUnits());
      assertEquals("张明", first.leaderInCharge());
      assertEquals(java.time.LocalDate.of(2024, 3, 31), first.deadline());
      assertEquals(
          ParsedMeasure.Timing.IMMEDIATE, doc.problems().get(1).measures().get(0).timing());
      assertEquals("张明", doc.problems().get(1).measures().get(0).leaderInCharge());
      assertEquals(Origin.tableRows(1, 3, 3), doc.problems().get(1).origin());
    }
  }

  @Test
  void textInOtherTablesIsKeptInOrder() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("一、存在的问题");
      XWPFTable table = document.createTable(1, 2);
      row(table.getRow(0), "1.学习不深", "2.调研不实");
      document.createParagraph().createRun().setText("3.作风不硬");
      String text = documents.read(bytes(document), DocumentText.DOCX);
      assertEquals("一、存在的问题\n1.学习不深\n2.调研不实\n3.作风不硬\n", text);
    }
  }

  @Test
  void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write(utf8("<workbook/>"));
    }
    ApiProblem refused =
        assertThrows(ApiProblem.class, () -> documents.read(out.toByteArray(), DocumentText.DOCX));
    assertEquals(415, refused.status());
  }

  @Test
  void aDamagedWordDocumentIsUnprocessableNotAServerError() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(utf8("<not-closed"));
    }
    ApiProblem refused =
        assertThrows(ApiProblem.class, () -> documents.read(out.toByteArray(), DocumentText.DOCX));
    assertEquals(422, refused.status());
    assertTrue(refused.detail().contains("damaged"), refused.detail());
  }

  @Test
  void aWordDocumentThatExpandsFarBeyondTheLimitIsRefusedBeforePoiReadsIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[200_000]); // compresses to a few hundred bytes
    }
    DocumentText small = new DocumentText(10_000);
    byte[] bomb = out.toByteArray();
    assertTrue(bomb.length < 10_000);
    assertEquals(
        413, assertThrows(ApiProblem.class, () -> small.read(bomb, DocumentText.DOCX)).status());
  }

  /**
   * A relationship can give an XML part any name (POI parses it by its content type): XML under
   * another name counts towards the Word document's budget as well, by its first bytes.
   */
  @Test
  void anXmlPartUnderAnotherNameCountsTowardsTheWordDocumentsBudget() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          utf8(
              "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body><w:p><w:r><w:t>一、问题</w:t></w:r></w:p></w:body></w:document>"));
      zip.putNextEntry(new ZipEntry("word/header1.bin"));
      zip.write(
          utf8(
              "\uFEFF <w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"));
      zip.write(utf8("<w:p><w:r><w:t>页眉</w:t></w:r></w:p>".repeat(100_000)));
      zip.write(utf8("</w:hdr>"));
    }
    ApiProblem refused =
        assertThrows(ApiProblem.class, () -> documents.read(out.toByteArray(), DocumentText.DOCX));
    assertEquals(413, refused.status());
    assertTrue(refused.detail().contains("more than 250000 XML elements"), refused.detail());
  }

  @Test
  void textDeclaredAsDocxIsRefused() {
    assertEquals(
        415,
        assertThrows(ApiProblem.class, () -> documents.read(utf8("一、问题"), DocumentText.DOCX))
            .status());
  }

  private static void level(
      CTAbstractNum definition, int ilvl, STNumberFormat.Enum format, String text) {
    CTLvl lvl = definition.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(ilvl));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
  }

  private static void row(XWPFTableRow row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      row.getCell(i).setText(cells[i]);
    }
  }

  private static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String text : paragraphs) {
        document.createParagraph().createRun().setText(text);
      }
      return bytes(document);
    }
  }

  private static byte[] bytes(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }
}
