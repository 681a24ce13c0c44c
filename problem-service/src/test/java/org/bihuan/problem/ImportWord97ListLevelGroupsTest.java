package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordListLevels;
import org.bihuan.problem.support.Word97ListLevels;
import org.junit.jupiter.api.Test;

/**
 * A Word 97 (.doc) plan whose group headings and problems are levels 0 and 1 of ONE automatic list,
 * both shown 1. 2.: as in the .docx (0347), the list level says which is the group, so each heading
 * is the category of the problems under it and not a problem of its own (docs/decisions/0358).
 * LibreOffice's .doc of the .docx POI writes ({@link Word97ListLevels}), through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem and the warnings.
 */
@QuarkusTest
class ImportWord97ListLevelGroupsTest {

  private static final Path CORPUS = Path.of("../bench/import-accuracy/corpus");

  private static final String NAME = "plan_word97_list_levels_groups";

  /** The answer's problems as the expected file gives them: without their descriptions. */
  private static List<Map<String, Object>> withoutDescriptions(JsonPath read) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Map<String, Object> p : read.<Map<String, Object>>getList("problems")) {
      Map<String, Object> without = new LinkedHashMap<>(p);
      without.remove("description");
      problems.add(without);
    }
    return problems;
  }

  @Test
  void levelZeroItemsOverLevelOneItemsOfADocAreCategories() throws Exception {
    JsonPath doc =
        dryRunPath("卫健整改", Files.readAllBytes(CORPUS.resolve(NAME + ".doc")), DocumentText.DOC);
    assertEquals(
        List.of(List.of("思想政治方面"), List.of("思想政治方面"), List.of("组织建设方面")),
        doc.getList("problems.categoryPath"),
        doc.prettify());
    Map<String, Object> expected =
        new ObjectMapper()
            .readValue(
                Files.readAllBytes(CORPUS.resolve(NAME + ".expected.json")),
                new TypeReference<>() {});
    assertEquals(expected.get("problems"), withoutDescriptions(doc), doc.prettify());
    assertEquals(
        expected.getOrDefault("warnings", List.of()), doc.getList("warnings"), doc.prettify());
    JsonPath docx =
        dryRunPath(
            "卫健整改",
            WordListLevels.docx(
                Files.readAllLines(
                    CORPUS.resolve("plan_word_list_levels_groups.levels"), StandardCharsets.UTF_8)),
            DocumentText.DOCX);
    assertEquals(problems(docx), problems(doc), "the .doc reads as its .docx: " + doc.prettify());
  }
}
