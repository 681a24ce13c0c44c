package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bihuan.problem.importing.Labels.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

  @ParameterizedTest(name = "{0} → {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "问题表现：学习流于形式|PROBLEM|学习流于形式",
        "存在问题:预算执行缓慢|PROBLEM|预算执行缓慢",
        "问题描述：超付工程款|PROBLEM|超付工程款",
        "问题一：学习不深|PROBLEM|学习不深",
        "问题12：调研不实|PROBLEM|调研不实",
        "整改措施：建立台账。|MEASURE|建立台账。",
        "具体措施：一是…|MEASURE|一是…",
        "【整改措施】建立台账|MEASURE|建立台账",
        "责任领导：张明|LEADER|张明",
        "分管领导：刘伟；|LEADER|刘伟",
        "牵头领导：赵强|LEADER|赵强",
        "督办领导：钱总；|LEADER|钱总",
        "整改进展：已完成|PROGRESS|已完成",
        "整改措施及时限：开展专项检查。|MEASURE|开展专项检查。",
        "责任部门：党委办公室|UNITS|党委办公室",
        "责任单位：财务部|UNITS|财务部",
        "牵头单位：纪委办公室|UNITS|纪委办公室",
        "配合单位：审计部|CO_UNITS|审计部",
        "责任人：李华|PERSON|李华",
        "具体责任人：郑洁|PERSON|郑洁",
        "整改时限：2024年6月30日前|TIME_LIMIT|2024年6月30日前",
        "完成时限：立行立改|TIME_LIMIT|立行立改",
        "时间要求：2024年底|TIME_LIMIT|2024年底",
        "完成时间：2024-05-31|TIME_LIMIT|2024-05-31",
        "牵头负责人：王强|LEADER|王强",
        "分管负责人:王强|LEADER|王强",
        "整改责任领导：王强|LEADER|王强",
        "责任单位（部门）：办公室|UNITS|办公室",
        "责任单位(部门):办公室|UNITS|办公室",
        "整改责任单位：办公室|UNITS|办公室",
        "责任股室：预算股|UNITS|预算股",
        "联系人：刘洋|PERSON|刘洋",
        "整改责任人：刘洋|PERSON|刘洋",
        "整改举措：建立台账|MEASURE|建立台账",
        "具体措施:建立台账|MEASURE|建立台账",
        "时限要求：2024年底|TIME_LIMIT|2024年底",
        "整改完成时限：2024年底|TIME_LIMIT|2024年底",
        "完成期限：2024年底|TIME_LIMIT|2024年底",
        "问题（三）：会议多|PROBLEM|会议多",
        "问题3:会议多|PROBLEM|会议多",
      })
  void labelVariantsAreRecognised(String line, Label label, String value) {
    List<Labels.Labelled> labels = Labels.of(line);
    assertEquals(1, labels.size(), line);
    assertEquals(label, labels.get(0).label());
    assertEquals(value, labels.get(0).value());
  }

  @Test
  void severalLabelsOnOneLineAreSeparated() {
    List<Labels.Labelled> labels =
        Labels.of(TextNoise.clean("责任领导：张明；责任部门：党委宣传部、组织部；责任人：王芳；整改时限：2024年9月底"));
    assertEquals(
        List.of(Label.LEADER, Label.UNITS, Label.PERSON, Label.TIME_LIMIT),
        labels.stream().map(Labels.Labelled::label).toList());
    assertEquals(
        List.of("张明", "党委宣传部、组织部", "王芳", "2024年9月底"),
        labels.stream().map(Labels.Labelled::value).toList());
  }

  @Test
  void oneLabelForTheLeaderAndThePersonNamesTheLeaderFirst() {
    List<Labels.Labelled> labels =
        Labels.of(TextNoise.clean("责任领导及责任人：韩磊、邹平；责任主体：城建档案馆；整改时限：2025年3月31日"));
    assertEquals(
        List.of(Label.LEADER, Label.PERSON, Label.UNITS, Label.TIME_LIMIT),
        labels.stream().map(Labels.Labelled::label).toList());
    assertEquals(
        List.of("韩磊", "邹平", "城建档案馆", "2025年3月31日"),
        labels.stream().map(Labels.Labelled::value).toList());
  }

  @Test
  void aLeaderAndPersonValueThatLabelsItsPeopleIsReadByThoseLabels() {
    assertEquals(List.of("汪洋", "潘石"), Labels.leaderAndPeople("分管领导：汪洋\n责任人：潘石"));
    assertEquals(List.of("李明", "张三", "李丽"), Labels.leaderAndPeople("牵头负责人：李明 / 具体责任人：张三，李丽"));
    List<Labels.Labelled> line = Labels.of(TextNoise.clean("责任领导及责任人：分管领导：汪洋；责任人：潘石"));
    assertEquals(
        List.of("汪洋", "潘石"),
        line.stream()
            .filter(l -> l.label() == Label.LEADER || l.label() == Label.PERSON)
            .filter(l -> !l.value().isBlank())
            .map(Labels.Labelled::value)
            .toList());
    assertEquals(List.of("李明", "张三"), Labels.leaderAndPeople("李明/张三"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "责任单位：办公室；备注：需与财政局对账|UNITS=办公室,OTHER=需与财政局对账",
        "责任单位：办公室 备注：需与财政局对账|UNITS=办公室,OTHER=需与财政局对账",
        "责任人：孙红，联系电话：12345678；整改时限：长期坚持|PERSON=孙红,OTHER=12345678,TIME_LIMIT=长期坚持",
        "整改时限：2024年6月底 整改目标：全覆盖|TIME_LIMIT=2024年6月底,OTHER=全覆盖",
        "整改措施：一是建立台账；二是：定期通报|MEASURE=一是建立台账；二是：定期通报",
        "责任单位：财务科 配合单位：办公室、审计科|UNITS=财务科,CO_UNITS=办公室、审计科",
        "时间节点：2024年6月|TIME_LIMIT=2024年6月",
      })
  void anUnknownLabelAfterAKnownOneFillsNoKnownField(String line, String expected) {
    List<Labels.Labelled> labels = Labels.of(TextNoise.clean(line));
    assertEquals(
        expected,
        String.join(",", labels.stream().map(l -> l.label() + "=" + l.value()).toList()),
        line);
  }

  @Test
  void labelsSeparatedBySpacesAreSeparated() {
    List<Labels.Labelled> labels = Labels.of(TextNoise.clean("分管领导：周平　牵头单位：财务科"));
    assertEquals(List.of("周平", "财务科"), labels.stream().map(Labels.Labelled::value).toList());
  }

  @Test
  void aLabelAfterASentenceEndIsFoundWithTheTextBeforeIt() {
    Labels.Split split = Labels.find("预算执行进度缓慢。整改措施：建立通报制度");
    assertEquals("预算执行进度缓慢。", split.prefix());
    assertEquals(Label.MEASURE, split.labels().get(0).label());
  }

  @ParameterizedTest
  @ValueSource(strings = {"我们将采取以下措施：", "对存在问题：要正视", "理论学习方面", "责任领导不到位"})
  void ordinaryTextIsNoLabel(String line) {
    assertTrue(Labels.of(line).isEmpty(), line);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "办公室、组织部|办公室,组织部",
        "办公室，组织部|办公室,组织部",
        "办公室,组织部|办公室,组织部",
        "办公室；组织部|办公室,组织部",
        "办公室/组织部|办公室,组织部",
        "办公室、办公室、财务部。|办公室,财务部",
      })
  void unitsAreSplitOnEverySeparator(String value, String units) {
    assertEquals(List.of(units.split(",")), Labels.units(value));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "办公室、组织部、财务科|办公室,组织部,财务科",
        "办公室、、组织部，，财务科|办公室,组织部,财务科",
        "办公室、 、组织部；；；宣传部。。|办公室,组织部,宣传部",
        "办公室、，组织部|办公室,组织部",
        "牵头：办公室；配合：财务科、、人事科|牵头：办公室,配合：财务科,人事科",
      })
  void unitListsCleanedOfDoubledMarksSplitAsTheyDidBefore(String value, String units) {
    // the hand-walked cleaning keeps exactly what the former pattern kept (0245, amended)
    String former = value.replaceAll("([。，、；])(?:\\s*\\1)+", "$1");
    assertEquals(former, TextNoise.withoutDoubledPunctuation(value));
    assertEquals(List.of(units.split(",")), Labels.units(TextNoise.clean(value)));
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "办公室（牵头）、督查室|办公室|督查室",
        "办公室、财务科（配合）|办公室|财务科",
        "牵头：办公室；配合：财务科、人事科|办公室|财务科,人事科",
        "办公室(主责)、财务科、人事科|办公室|财务科,人事科",
        "办公室、督查室|办公室,督查室|",
        // role words of every kind, prefixed or in brackets, after spaces or commas (0247)
        "牵头单位：财务科；配合单位：办公室、审计科|财务科|办公室,审计科",
        "财务科（牵头），办公室（配合）|财务科|办公室",
        "主责：财务科 协办：办公室|财务科|办公室",
        "主责：财务科　协办：办公室、审计科|财务科|办公室,审计科",
        "负责：财务科，协助：办公室|财务科|办公室",
        "牵头单位：财务科，配合单位：办公室|财务科|办公室",
        "财务科（负责）、办公室（协同）、审计科（参与）|财务科|办公室,审计科",
        "财务科（含下属单位）|财务科|",
        "财务科（含下属单位）、办公室（配合）|财务科|办公室",
        "各科室（包括二级机构）|各科室|",
        "纪委（监委）|纪委（监委）|",
        "党委（纪委）办公室|党委（纪委）办公室|",
        // a PDF cell's lines joined, role words without brackets, other brackets, nested remarks
        // (0252)
        "主责：财务科协办：办公室|财务科|办公室",
        "牵头：办公室配合：财务科、人事科|办公室|财务科,人事科",
        "办公室牵头，各科室配合|办公室|各科室",
        "由财务科负责，办公室协助|财务科|办公室",
        "财务科（主要负责）、办公室（配合）|财务科|办公室",
        "办公室【牵头】、财务科【配合】|办公室|财务科",
        "办公室[牵头]、财务科|办公室|财务科",
        "财务科（含下属单位（部门））、办公室（配合）|财务科|办公室",
        "县科协办公室|县科协办公室|",
      })
  void unitsMarkedLeadOrHelpGoToTheirSideAndUnmarkedOnesHelpTheMarkedLead(
      String value, String units, String coUnits) {
    java.util.Set<String> lead = new java.util.LinkedHashSet<>();
    java.util.Set<String> help = new java.util.LinkedHashSet<>();
    Labels.units(value, Labels.UNIT_SEPARATORS, lead, help);
    assertEquals(List.of(units.split(",")), List.copyOf(lead));
    assertEquals(coUnits == null ? List.of() : List.of(coUnits.split(",")), List.copyOf(help));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "校长刘春|刘春",
        "刘春|刘春",
        "副局长王强|王强",
        "党委书记李明|李明",
        "党委副书记欧阳明华|欧阳明华",
        "办公室主任李四|李四",
        "组织委员王芳|王芳",
        "李明（党委书记）|李明",
        "李明(副局长)|李明",
        "副局长王长江|王长江",
        "王长江|王长江",
        "石长生|石长生",
        "分管副校长|分管副校长",
        "刘春校长|刘春校长",
        "张三（李四）|张三（李四）",
        "Zhao Yanshou|Zhao Yanshou",
      })
  void aPostBeforeTheNameOrInBracketsAfterItIsSetAside(String written, String name) {
    assertEquals(name, ResponsiblePeople.withoutPost(written));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "李明/张三|李明,张三",
        "李明、张三|李明,张三",
        "李明（张三）|李明,张三",
        "李明\\n张三、王五|李明,张三,王五",
        "李明（副局长）|李明（副局长）",
        "王强|王强",
      })
  void aLeaderAndPersonValueNamesTheLeaderFirst(String value, String people) {
    assertEquals(List.of(people.split(",")), Labels.leaderAndPeople(value.replace("\\n", "\n")));
  }
}
