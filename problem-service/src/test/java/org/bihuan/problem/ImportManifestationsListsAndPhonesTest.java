package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.ListNumberedWord;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with the paragraph documents of both genres as units write
 * them: a numbered problem whose manifestations follow it (…主要表现在：一是…二是…, inline, on lines of their
 * own, or （1）（2）), an introduction before the first section and closing sections (工作要求, 组织领导,
 * 保障措施), a Word 97 document whose numbers are list formatting only, deadlines written 2024.10 and
 * 2024．12, and phone numbers written into the duty lines. Each file is built here (text, POI .docx;
 * the .doc is LibreOffice's conversion of {@link ListNumberedWord}'s .docx, committed); every field
 * of every problem and measure, and the warnings, are compared.
 */
@QuarkusTest
class ImportManifestationsListsAndPhonesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=UTF-8";

  static final String SELF_EXAM =
      """
      县统计局领导班子2024年度民主生活会对照检查材料
      按照县委统一部署，班子成员深入开展谈心谈话，现将对照检查情况报告如下。
      一、存在的问题
      （一）理论学习方面
      1.学习深度不够。对党的创新理论学得不深不透，主要表现在：一是集中学习多，个人自学少；二是读原文少，看解读多。
      2.研讨交流不够深入。专题研讨发言准备不充分。
      （二）履职尽责方面
      1.统计监督作用发挥不够。主要表现在：
      一是对基层数据质量核查不多；
      二是发现问题后跟踪督办不及时。
      2.服务基层意识不强。
      （1）到基层统计站所现场指导少；
      （2）对基层报表填报难题解决不及时。
      3.统计法治宣传不够。一是宣传形式单一；二是覆盖面不广。
      二、原因分析
      （一）理想信念有所弱化。对加强党性修养重视不够。
      三、整改措施
      （一）强化统计监督。每季度开展一次数据质量抽查。
      四、工作要求
      各股室要高度重视，认真抓好整改落实。
      五、组织领导
      成立整改工作领导小组，由局长任组长。
      """;

  static final String SELF_EXAM_ANSWER =
      """
      {"problems": [
        {"title": "学习深度不够",
         "description": "学习深度不够。对党的创新理论学得不深不透，主要表现在：一是集中学习多，个人自学少；二是读原文少，看解读多。",
         "categoryPath": ["理论学习方面"], "measures": [], "origin": {"lines": [5, 5]}},
        {"title": "研讨交流不够深入", "description": "研讨交流不够深入。专题研讨发言准备不充分。",
         "categoryPath": ["理论学习方面"], "measures": [], "origin": {"lines": [6, 6]}},
        {"title": "统计监督作用发挥不够",
         "description": "统计监督作用发挥不够。主要表现在：\\n一是对基层数据质量核查不多；\\n二是发现问题后跟踪督办不及时。",
         "categoryPath": ["履职尽责方面"], "measures": [], "origin": {"lines": [8, 10]}},
        {"title": "服务基层意识不强",
         "description": "服务基层意识不强。\\n（1）到基层统计站所现场指导少；\\n（2）对基层报表填报难题解决不及时。",
         "categoryPath": ["履职尽责方面"], "measures": [], "origin": {"lines": [11, 13]}},
        {"title": "统计法治宣传不够", "description": "统计法治宣传不够。一是宣传形式单一；二是覆盖面不广。",
         "categoryPath": ["履职尽责方面"], "measures": [], "origin": {"lines": [14, 14]}}],
       "causes": [{"title": "理想信念有所弱化", "description": "对加强党性修养重视不够。"}],
       "proposedMeasures": [{"title": "强化统计监督", "description": "每季度开展一次数据质量抽查。"}],
       "warnings": [
        "Line 2 「按照县委统一部署，班子成员深入开展谈心谈话，现将对照检查情况…」 comes before the first section; it introduces the document, is not a problem and was not imported.",
        "Lines 19–20: the section 「四、工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported.",
        "Lines 21–22: the section 「五、组织领导」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported."]}
      """;

  static final String PLAN =
      """
      县市场监管局食品安全专项检查反馈问题整改方案
      根据县委第二巡察组反馈意见，结合我局实际，制定本方案。
      一、整改任务
      1.餐饮单位后厨管理不规范。主要表现在：
      一是部分餐饮单位生熟食品混放；
      二是从业人员健康证过期。
      整改措施：开展餐饮后厨专项检查。
      责任领导：王建华；责任单位：食品安全科；责任人：张明（联系电话：13800138000）；整改时限：2024.10
      2.校园食品安全监管存在薄弱环节。一是校外小餐桌底数不清；二是食材溯源记录不全。
      整改措施：建立校外小餐桌台账。
      责任单位：餐饮科；联系人：李娟 0571-88886666；整改时限：2024．12
      3.投诉举报处置不及时的问题。
      整改措施：落实投诉限时办结制度。
      责任领导：陈刚 13912345678；责任单位：消费者权益保护科；责任人：赵磊；联系电话：0571-86661234；整改时限：2024.10.15
      二、保障措施
      （一）加强组织领导。成立整改工作专班。
      """;

  static final String PLAN_ANSWER =
      """
      {"problems": [
        {"title": "餐饮单位后厨管理不规范", "description": "餐饮单位后厨管理不规范。主要表现在：\\n一是部分餐饮单位生熟食品混放；\\n二是从业人员健康证过期。", "categoryPath": [], "measures": [{"measure": "开展餐饮后厨专项检查。", "responsibleUnits": ["食品安全科"], "coResponsibleUnits": [], "leaderInCharge": "王建华", "responsiblePerson": "张明", "timing": "DEADLINE", "deadline": "2024-10-31", "progress": null, "statusHint": null}], "origin": {"lines": [4, 8]}},
        {"title": "校园食品安全监管存在薄弱环节", "description": "校园食品安全监管存在薄弱环节。一是校外小餐桌底数不清；二是食材溯源记录不全。", "categoryPath": [], "measures": [{"measure": "建立校外小餐桌台账。", "responsibleUnits": ["餐饮科"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "李娟", "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null, "statusHint": null}], "origin": {"lines": [9, 11]}},
        {"title": "投诉举报处置不及时的问题", "description": "投诉举报处置不及时的问题。", "categoryPath": [], "measures": [{"measure": "落实投诉限时办结制度。", "responsibleUnits": ["消费者权益保护科"], "coResponsibleUnits": [], "leaderInCharge": "陈刚", "responsiblePerson": "赵磊", "timing": "DEADLINE", "deadline": "2024-10-15", "progress": null, "statusHint": null}], "origin": {"lines": [12, 14]}}],
       "causes": [], "proposedMeasures": [],
       "warnings": [
        "Line 2 「根据县委第二巡察组反馈意见，结合我局实际，制定本方案。」 comes before the first section; it introduces the document, is not a problem and was not imported.",
        "Line 8: the phone number(s) in 「责任人：张明（联系电话：13800138000）」 were left out of the name (「张明」 was read) in the problem 「餐饮单位后厨管理不规范」.",
        "Line 11: the phone number(s) in 「联系人：李娟 0571-88886666」 were left out of the name (「李娟」 was read) in the problem 「校园食品安全监管存在薄弱环节」.",
        "Line 14: the phone number(s) in 「责任领导：陈刚 13912345678」 were left out of the name (「陈刚」 was read) in the problem 「投诉举报处置不及时的问题」.",
        "Line 14 「联系电话：0571-86661234」 is a phone number, which a measure does not keep; it was not imported with the problem 「投诉举报处置不及时的问题」.",
        "Lines 15–16: the section 「二、保障措施」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was not imported."]}
      """;

  @Test
  void aNumberedProblemAndItsManifestationsAreOneProblemAndSkippedTextIsNamed() throws IOException {
    JsonNode answer = dryRun(bytes(SELF_EXAM), TEXT);
    assertEquals(JSON.readTree(SELF_EXAM_ANSWER), content(answer), answer.toPrettyString());
  }

  @Test
  void theSameReportTypedInWordGivesTheSameAnswer() throws IOException {
    JsonNode answer = dryRun(FormatFiles.paragraphs(SELF_EXAM), DocumentText.DOCX);
    assertEquals(JSON.readTree(SELF_EXAM_ANSWER), content(answer), answer.toPrettyString());
  }

  @Test
  void phonesInDutyLinesLeaveCleanNamesAndDottedMonthsEndTheMonth() throws IOException {
    JsonNode answer = dryRun(bytes(PLAN), TEXT);
    assertEquals(JSON.readTree(PLAN_ANSWER), content(answer), answer.toPrettyString());
  }

  @Test
  void aPlanInWordWithManifestationsAndPhonesGivesTheSameAnswerAsTyped() throws IOException {
    JsonNode answer = dryRun(FormatFiles.paragraphs(PLAN), DocumentText.DOCX);
    assertEquals(JSON.readTree(PLAN_ANSWER), content(answer), answer.toPrettyString());
  }

  @Test
  void aWord97DocumentNumberedByListFormattingOnlyGivesItsNumberedProblems() throws IOException {
    byte[] doc = FormatFiles.committed("self-exam-list-numbers-doc.doc");
    // the numbers are Word's list formatting: the paragraphs' text has none
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(doc))) {
      Range range = document.getRange();
      int listed = 0;
      for (int i = 0; i < range.numParagraphs(); i++) {
        Paragraph p = range.getParagraph(i);
        if (p.getIlfo() != 0) {
          listed++;
          assertFalse(p.text().matches("^[一二三四五六七八九十（(\\d].*[、.）)].*"), p.text());
        }
      }
      assertEquals(14, listed);
      assertTrue(range.text().contains("存在的问题"));
      assertFalse(range.text().contains("一、存在的问题"));
    }
    JsonNode fromDoc = dryRun(doc, DocumentText.DOC);
    JsonNode typed = dryRun(bytes(ListNumberedWord.SELF_EXAM), TEXT);
    assertEquals(
        List.of("学习深度不够", "研讨交流不够深入", "调查研究不够扎实", "服务基层意识不强"),
        typed.get("problems").findValuesAsText("title"));
    assertEquals(
        "调查研究不够扎实。主要表现在：\n一是调研次数不多，深入基层少；\n二是调研成果转化不够。",
        typed.get("problems").get(2).get("description").asText());
    assertEquals(content(typed), content(fromDoc), fromDoc.toPrettyString());
    // and the .docx it was converted from, numbered the same way, by the same rendering
    JsonNode fromDocx =
        dryRun(ListNumberedWord.docx(ListNumberedWord.SELF_EXAM), DocumentText.DOCX);
    assertEquals(content(typed), content(fromDocx), fromDocx.toPrettyString());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode content(JsonNode answer) {
    var node = JSON.createObjectNode();
    for (String field : List.of("problems", "causes", "proposedMeasures", "warnings")) {
      node.set(field, answer.get(field));
    }
    return node;
  }

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return JSON.readTree(Api.dryRun("段落与列表导入", body, mediaType));
  }
}
