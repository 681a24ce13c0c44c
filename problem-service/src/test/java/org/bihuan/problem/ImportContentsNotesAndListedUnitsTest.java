package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.OfficeWord;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with a plan as offices write it (docs/decisions/0215): a 目录
 * before the text (typed with dot leaders and page numbers, Word's TOC field and toc styles, a
 * PDF's entries), a problem whose 一是 is on its own line and whose 二是 follows on the next, a
 * footnote on a problem's line, and units one per line under an empty 责任单位：. The same plan as text,
 * as a .docx POI writes ({@link OfficeWord}) and as LibreOffice's PDF of that .docx gives the same
 * problems; the contents and the footnote are named in the warnings and are in no problem.
 */
@QuarkusTest
class ImportContentsNotesAndListedUnitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=UTF-8";

  static final String TYPED =
      "某某县财政局\n关于巡察反馈问题的整改方案\n目　录\n"
          + "一、存在问题及整改措施……………………2\n"
          + "（一）党建方面 ............ 2\n"
          + "（二）业务方面\t2\n"
          + "二、工作要求3\n"
          + OfficeWord.PLAN.replace("^1", "");

  static final String PROBLEMS =
      """
      [{"title": "作风建设常态化长效化不够",
        "description": "作风建设常态化长效化不够。一是“四风”问题隐形变异现象时有发生。\\n二是整改落实跟踪问效不够。",
        "categoryPath": ["党建方面"],
        "measures": [{"measure": "开展作风建设专项整治。", "responsibleUnits": ["纪委办公室"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "LONG_TERM", "deadline": null, "progress": null, "statusHint": null}]},
       {"title": "意识形态工作责任制落实不到位",
        "description": "意识形态工作责任制落实不到位。阵地管理存在薄弱环节。",
        "categoryPath": ["党建方面"],
        "measures": [{"measure": "修订意识形态工作责任制实施细则。", "responsibleUnits": ["党委宣传部", "党委办公室"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": "周敏", "timing": "DEADLINE", "deadline": "2024-10-31", "progress": null, "statusHint": null}]},
       {"title": "固定资产管理混乱",
        "description": "固定资产管理混乱。账实不符，部分资产长期闲置。",
        "categoryPath": ["业务方面"],
        "measures": [{"measure": "开展资产清查，做到账实相符。", "responsibleUnits": ["财务处"], "coResponsibleUnits": [], "leaderInCharge": null, "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-12-31", "progress": null, "statusHint": null}]}]
      """;

  private static final String CONTENTS_NAMED =
      " are the document's table of contents (目录, 4 entries: 「一、存在问题及整改措施」「（一）党建方面」「（二）业务方面」…);"
          + " they repeat its headings with page numbers and were not imported.";

  @Test
  void aTypedPlanSkipsItsContentsKeepsBothManifestationsAndEveryListedUnit() throws IOException {
    JsonNode answer = dryRun(TYPED.getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(JSON.readTree(PROBLEMS), withoutOrigins(answer), answer.toPrettyString());
    assertEquals(
        List.of(
            "Lines 3–7" + CONTENTS_NAMED,
            "Line 2 「关于巡察反馈问题的整改方案」 comes before the first section; it introduces the document, is"
                + " not a problem and was not imported.",
            "Lines 27–28: the section 「二、工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported."),
        warnings(answer));
    assertEquals(
        JSON.readTree("{\"lines\": [15, 21]}"), answer.get("problems").get(1).get("origin"));
  }

  @Test
  void wordsContentsFieldAndFootnoteAreNotProblemText() throws IOException {
    JsonNode answer = dryRun(OfficeWord.docx(), DocumentText.DOCX);
    assertEquals(JSON.readTree(PROBLEMS), withoutOrigins(answer), answer.toPrettyString());
    assertEquals(
        List.of(
            "Line 2 「关于巡察反馈问题的整改方案」 comes before the first section; it introduces the document, is"
                + " not a problem and was not imported.",
            "Line 3 「目录」 comes before the first section; it introduces the document, is not a problem and"
                + " was not imported.",
            "Lines 27–28: the section 「二、工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导); it"
                + " was not imported.",
            "Lines 4–7" + CONTENTS_NAMED,
            "Footnote 1 「"
                + OfficeWord.FOOTNOTE
                + "」 is a note to the text, not part of a problem; it and"
                + " its mark were not imported."),
        warnings(answer));
  }

  @Test
  void aPdfOfThatPlanLeavesItsContentsAndTheFootnoteAtThePagesFootOut() throws IOException {
    JsonNode answer =
        dryRun(FormatFiles.committed("office-plan-contents-notes.pdf"), DocumentText.PDF);
    assertEquals(JSON.readTree(PROBLEMS), withoutOrigins(answer), answer.toPrettyString());
    List<String> warnings = warnings(answer);
    assertTrue(warnings.contains("Lines 3–7" + CONTENTS_NAMED), warnings.toString());
    assertTrue(
        warnings.contains(
            "Page 2: the footnote 「1"
                + OfficeWord.FOOTNOTE
                + "」 at the foot of the page is a note to the text, not part of a problem; it was not"
                + " imported."),
        warnings.toString());
  }

  private static JsonNode withoutOrigins(JsonNode answer) {
    ArrayNode problems = answer.get("problems").deepCopy();
    problems.forEach(p -> ((ObjectNode) p).remove("origin"));
    return problems;
  }

  private static List<String> warnings(JsonNode answer) {
    List<String> warnings = new java.util.ArrayList<>();
    answer.get("warnings").forEach(w -> warnings.add(w.asText()));
    return warnings;
  }

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return JSON.readTree(Api.dryRun("目录、脚注与逐行单位", body, mediaType));
  }
}
