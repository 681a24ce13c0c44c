package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Word content controls (w:sdt) around table rows (a repeating section), around one cell, and
 * around a whole table: what is inside a control is read as if the control were not there.
 */
@QuarkusTest
class ImportContentControlsTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  @Test
  void rowsCellsAndTablesInsideContentControlsAreRead() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("一、办公管理方面");
      XWPFTable table = document.createTable(5, HEADER.size());
      fill(table.getRow(0), HEADER);
      fill(table.getRow(1), List.of("1", "公文处理不及时", "建立公文催办机制。", "王强", "办公室", "陈晓", "2024年9月30日"));
      fill(table.getRow(2), List.of("2", "保密管理不严", "开展保密检查。", "王强", "保密办", "韦华", "2024年10月31日"));
      fill(
          table.getRow(3),
          List.of("3", "网站更新不及时", "建立网站内容更新制度。", "王强", "信息中心", "王磊", "2024年11月30日"));
      fill(table.getRow(4), List.of("4", "值班制度执行不严", "开展值班抽查。", "王强", "办公室", "陈晓", "2024年12月31日"));
      wrap(table.getRow(2).getCell(1).getCTTc());
      wrap(table.getRow(3).getCtRow(), table.getRow(4).getCtRow());
      document.createParagraph().createRun().setText("二、档案管理方面");
      XWPFTable second = document.createTable(2, HEADER.size());
      fill(second.getRow(0), HEADER);
      fill(second.getRow(1), List.of("1", "档案数字化滞后", "推进档案数字化。", "李明", "档案室", "蒋四", "2025年6月30日"));
      wrap(second.getCTTbl());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);

      JsonPath answer = TableImportTest.dryRun(out.toByteArray(), DocumentText.DOCX);
      assertEquals(
          List.of("公文处理不及时", "保密管理不严", "网站更新不及时", "值班制度执行不严", "档案数字化滞后"),
          answer.getList("problems.title"),
          answer.prettify());
      assertEquals(
          List.of(List.of("王强"), List.of("王强"), List.of("王强"), List.of("王强"), List.of("李明")),
          answer.getList("problems.measures.leaderInCharge"));
      assertEquals(
          List.of(
              List.of(List.of("办公室")),
              List.of(List.of("保密办")),
              List.of(List.of("信息中心")),
              List.of(List.of("办公室")),
              List.of(List.of("档案室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          List.of(
              List.of("2024-09-30"),
              List.of("2024-10-31"),
              List.of("2024-11-30"),
              List.of("2024-12-31"),
              List.of("2025-06-30")),
          answer.getList("problems.measures.deadline"));
      assertEquals(
          List.of(
              List.of("办公管理方面"),
              List.of("办公管理方面"),
              List.of("办公管理方面"),
              List.of("办公管理方面"),
              List.of("档案管理方面")),
          answer.getList("problems.categoryPath"));
    }
  }

  private static void fill(XWPFTableRow row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.getCell(i).setText(values.get(i));
    }
  }

  /** Puts consecutive sibling elements inside one content control, as Word writes it. */
  private static void wrap(XmlObject... elements) {
    try (XmlCursor at = elements[0].newCursor()) {
      at.beginElement(new QName(W, "sdt", "w"));
      at.insertElement(new QName(W, "sdtPr", "w"));
      at.beginElement(new QName(W, "sdtContent", "w"));
      for (XmlObject e : elements) {
        try (XmlCursor from = e.newCursor()) {
          from.moveXml(at);
        }
      }
    }
  }
}
