package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.OutlineParser.Head;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTextTest {

  /** Lines separated by ⏎; the expected description with \\n for a kept line break. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // a heading line over its text
        "理论学习方面⏎我们认识到，学习不够深入。|理论学习方面|我们认识到，学习不够深入。",
        "基层党组织建设：⏎部分支部记录不全。|基层党组织建设|部分支部记录不全。",
        // one line: the whole line, its first sentence included; nothing when the title is all of
        // it
        "学习不深。中心组学习流于形式。|学习不深|学习不深。中心组学习流于形式。",
        "学习不深：中心组学习流于形式。|学习不深|学习不深：中心组学习流于形式。",
        // a sentence introducing its points: the title leaves the introducing phrase out
        "理论学习不深入，主要表现在：⏎（1）中心组学习流于形式；⏎（2）学习笔记不全。"
            + "|理论学习不深入"
            + "|理论学习不深入，主要表现在：\\n（1）中心组学习流于形式；\\n（2）学习笔记不全。",
        "服务意识不强，具体表现为：⏎（1）办事拖拉。|服务意识不强|服务意识不强，具体表现为：\\n（1）办事拖拉。",
        "中心组学习流于形式。|中心组学习流于形式|-",
        // a ratio or a time is no colon that ends a title
        "思政课教师队伍数量不足，师生比未达到1:350要求。|思政课教师队伍数量不足，师生比未达到1:350要求|-",
        "值班制度执行不严，9：30后仍无人值守。|值班制度执行不严，9：30后仍无人值守|-",
        // one line cut at a comma: the sentence stays whole in the description
        "党委理论学习中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求，学习内容与工作实际结合不紧密，学习效果不明显。"
            + "|党委理论学习中心组学习制度执行不严格"
            + "|党委理论学习中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求，学习内容与工作实际结合不紧密，学习效果不明显。",
        // wrapped mid-sentence: joined without a break
        "中心组学习制度执行不严格，全年仅开展集中学习3次，低⏎于规定要求。"
            + "|中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求"
            + "|中心组学习制度执行不严格，全年仅开展集中学习3次，低于规定要求。",
        "网络阵地管理不规范，⏎审核把关不严。|网络阵地管理不规范，审核把关不严|网络阵地管理不规范，审核把关不严。",
        // two paragraphs: the whole text, its break kept
        "合同管理不规范。⏎部分合同未经法律审核即签订。|合同管理不规范|合同管理不规范。\\n部分合同未经法律审核即签订。",
        "服务意识不强，办事效率不高。⏎此外，个别干部迟到早退。|服务意识不强，办事效率不高|服务意识不强，办事效率不高。\\n此外，个别干部迟到早退。",
        // Latin words cut at a line end keep their space
        "信息系统安全管理不到位，未通过ISO⏎certification审核。"
            + "|信息系统安全管理不到位，未通过ISO certification审核"
            + "|信息系统安全管理不到位，未通过ISO certification审核。",
      })
  void aProblemsTitleIsItsHeadAndItsDescriptionItsWholeText(
      String lines, String title, String description) {
    List<String> all = Arrays.asList(lines.split("⏎"));
    Head head = ProblemText.of(all.get(0), all.subList(1, all.size()));
    assertEquals(title, head.title());
    assertEquals(description == null ? "" : description.replace("\\n", "\n"), head.rest());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "理论学习方面|false",
        "学习效果不明显。|false",
        "全年仅开展集中学习3次，|true",
        "党风廉政建设、|true",
        "全年仅开展集中学习3次，低|true",
        "“三会一课”制度|false",
        "整改措施：|false",
      })
  void aLineEndsMidSentenceWhenItsTextRunsOn(String line, boolean mid) {
    assertEquals(mid, ProblemText.endsMidSentence(line));
  }
}
