package org.bihuan.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which written names are the same person's. */
class PersonNamesTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "赵验收|赵验收|true",
        "趙驗收|赵验收|true",
        "赵 验收|赵验收|true",
        "赵验收\u200B|赵验收|true",
        "\u200C赵\u200D验收|赵验收|true",
        "\uFEFF赵验收\u2060|赵验收|true",
        "赵\u3000验收|赵验收|true",
        "赵\u00A0验收|赵验收|true",
        "赵\t验收|赵验收|true",
        "劉備|刘备|true",
        "張學友|张学友|true",
        "鄭麗華|郑丽华|true",
        "买买提·艾力|买买提艾力|true",
        "ＺＨＡＯ　ＹＡＮＳＨＯＵ|Zhao Yanshou|true",
        "赵\u200E验收|赵验收|true",
        "赵验收\u200F|赵验收|true",
        "赵\u00AD验收|赵验收|true",
        "赵\u034F验收|赵验收|true",
        "赵\uFE0F验收|赵验收|true",
        "赵\uFE00验收|赵验收|true",
        "赵\uDB40\uDD00验收|赵验收|true",
        "赵\uDB40\uDDEF验收|赵验收|true",
        "赵\u2061验收\u2064|赵验收|true",
        "赵\u180E验收|赵验收|true",
        "赵\u3164验收|赵验收|true",
        "\u115F赵\u1160验收|赵验收|true",
        "赵\u061C验收|赵验收|true",
        "赵\u17B4验收\u17B5|赵验收|true",
        "赵\uDB40\uDC01验收\uDB40\uDC7F|赵验收|true",
        "赵\u0323验收|赵验收|true",
        "买买提\u2219艾力|买买提·艾力|true",
        "买买提\u22C5艾力|买买提·艾力|true",
        "买买提.艾力|买买提·艾力|true",
        "买买提\u30FB艾力|买买提·艾力|true",
        "买买提\uFF65艾力|买买提·艾力|true",
        "买买提\u2027艾力|买买提·艾力|true",
        "\u2EE2小龙|马小龙|true",
        "\u2FBA小龙|马小龙|true",
        "\u0430dmin|admin|true",
        "\u0396hao|Zhao|true",
        "Zh\u0430o|zhao|true",
        "沢田|泽田|true",
        "赵验収|赵验收|true",
        "赵験収|赵验收|true",
        "趙験收|赵验收|true",
        "広田|广田|true",
        "斎藤恵|斋藤惠|true",
        "浜辺|滨边|true",
        "髙橋|高桥|true",
        "﨑山|崎山|true",
        "嵜山|崎山|true",
        "渡邉|渡边|true",
        "渡邊|渡边|true",
        "渡辺|渡边|true",
        "𠮷田|吉田|true",
        "濵田|滨田|true",
        "冨田|富田|true",
        "澤田|泽田|true",
        "沢田|泽田|true",
        "齋藤|斋藤|true",
        "齊藤|齐藤|true",
        "斉藤|齐藤|true",
        "廣田|广田|true",
        "嶋田|岛田|true",
        "嶌田|岛田|true",
        "櫻井|樱井|true",
        "桜井|樱井|true",
        "眞一|真一|true",
        "峯岸|峰岸|true",
        "舘野|馆野|true",
        "曺文|曹文|true",
        "裵勇|裴勇|true",
        "靑木|青木|true",
        "淸水|清水|true",
        "黃河|黄河|true",
        "桒原|桑原|true",
        "栁田|柳田|true",
        "寳田|宝田|true",
        "晧明|皓明|true",
        "槇原|槙原|true",
        "亙|亘|true",
        "德田|徳田|true",
        "惠子|恵子|true",
        "國男|国男|true",
        "眞|真|true",
        "張芸|张艺|false",
        "赵验|赵验收|false",
        "钱七|赵验收|false",
        "张三|张三丰|false",
        "\u200B|\u200B|false",
        "' '|' '|false",
      })
  void namesAreComparedAfterFolding(String a, String b, boolean same) {
    assertEquals(same, PersonNames.same(a, b));
  }

  @ParameterizedTest(name = "{0} names {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王五、赵验收|赵验收|true",
        "王五,赵验收|赵验收|true",
        "赵验收 王五|赵验收|true",
        "赵验收/王五|赵验收|true",
        "赵验收;王五|赵验收|true",
        "副局长赵验收|赵验收|true",
        "赵验收同志|赵验收|true",
        "赵验收（主任）|赵验收|true",
        "赵验收等|赵验收|true",
        "王五、趙驗收|赵验收|true",
        "副局长 赵 验收|赵验收|true",
        "赵验收|赵验收|true",
        "王五、钱七|赵验收|false",
        "赵验|赵验收|false",
        // one character names a field only as a whole person of it (0207), in either direction
        "赵验收|赵|false",
        "赵验收军|赵|false",
        "赵|赵验收军|false",
        "赵、李四|赵|true",
        "李四/趙|赵|true",
        "赵（主任）|赵|true",
        "\u200B赵\u3000|赵|true",
        "ｚ|z|true",
        "赵验收|赵验|true",
        "张三丰|张三|true",
        "赵验收主任|赵验收|true",
        "办公室主任赵验收|赵验收|true",
        "王五 副局长赵验收|赵验收|true",
        "赵|赵|true",
        "|赵验收|false",
        "办公室主任（赵验收）|赵验收|true",
        "科长(赵验收)|赵验收|true",
        "分管领导（赵验收）|赵验收|true",
        "王五（赵验收）|赵验收|true",
        "王五 (赵验收)|赵验收|true",
        "主要负责人（赵验收）、王五|赵验收|true",
        "王五（联系人：赵验收）|赵验收|true",
        "王五（赵验收配合）|赵验收|true",
        "王五〔赵验收〕|赵验收|true",
        "王五《赵验收》|赵验收|true",
        "代理赵验收|赵验收|true",
        "暂代赵验收|赵验收|true",
        "代赵验收|赵验收|true",
        "兼赵验收|赵验收|true",
        "代理局长赵验收|赵验收|true",
        "赵验收·王五|赵验收|true",
        "王五·赵验收|赵验收|true",
        "赵验收‧王五|赵验收|true",
        "赵验收•王五|赵验收|true",
        "赵验收。王五|赵验收|true",
        "赵-验收|赵验收|true",
        "赵_验收|赵验收|true",
        "赵－验收|赵验收|true",
        "赵‐验收|赵验收|true",
        "赵–验收|赵验收|true",
        "赵—验收|赵验收|true",
        "赵~验收|赵验收|true",
        "赵验収|赵验收|true",
        "办公室主任（赵験収）|赵验收|true",
        "赵验收|赵-验收|true",
        "办公室主任赵验收|赵验收（主任）|true",
        "买买提·艾力|买买提艾力|true",
        "买买提艾力|买买提·艾力|true",
        "张三丰（主任）|张三|true",
        "代理张三丰|张三|true",
        "张三丰·李四|张三|true",
        "主任（张三丰）|张三|true",
        "赵验收丰-王五|赵验收|true",
        // containment: the caller's name anywhere in the field makes him a party
        "张三丰、李四|张三|true",
        "张三（组长）|张三|true",
        "李四,张三丰|張三|true",
        "组长：张 三|张三|true",
        "张\u200B三丰|张三|true",
        "ＺＨＡＮＧ　ＳＡＮ（组长）|zhang san|true",
        "Yanshou Zhao、王五|Zhao Yanshou|true",
        "渡邉一郎|渡辺|true",
        "髙橋、﨑山|高桥|true",
        "李四|张三|false",
        "张四、李三|张三|false",
        "张|张三|false",
      })
  void aFieldNamesThePersonAmongOthersOrWithATitle(String field, String name, boolean among) {
    assertEquals(among, PersonNames.among(field, name));
  }

  @ParameterizedTest
  @CsvSource({"趙驗收,赵验收", "'  Zhao  San ',zhaosan", "ａｂｃ,abc"})
  void theKeyIsSimplifiedLowerCaseWithoutSpaces(String name, String key) {
    assertEquals(key, PersonNames.key(name));
  }

  /** The name to store: spaces inside a Chinese name and invisible characters go, nothing else. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王\u3000强|王强",
        "王 强|王强",
        "' 王强 '|王强",
        "王\u00A0\u00A0强|王强",
        "王\u200B强\uFEFF|王强",
        "买买提·艾力|买买提·艾力",
        "Zhao  Yanshou|Zhao Yanshou",
        "José Wang|José Wang",
        "趙驗收|趙驗收",
        "王 Lee|王Lee",
        "赵验收\u200B|赵验收",
        "赵\uDB40\uDC41验收|赵验收",
        "赵验收\uFE0F|赵验收",
        "赵\u2800验收|赵验收",
        "Zhao\u2800Yanshou|Zhao Yanshou",
        "赵\u00AD验\u200E收\u202C|赵验收",
        "\u3164赵验收\u115F|赵验收",
        "\u2800|''",
      })
  void aWrittenNameLosesOnlyWhatIsNeverPartOfIt(String name, String written) {
    assertEquals(written, PersonNames.written(name));
    assertEquals(PersonNames.key(name), PersonNames.key(written));
  }

  /** One person's spellings share one group key; a name without letters keys as written. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "赵验收|赵验收",
        "赵 验收|赵验收",
        "趙驗收|赵验收",
        "赵验收\u200B|赵验收",
        "赵\u2800验收\uFE0F|赵验收",
        "'—'|—",
        "' — '|—",
      })
  void spellingsOfOnePersonShareAGroupKey(String name, String key) {
    assertEquals(key, PersonNames.groupKey(name));
  }

  @org.junit.jupiter.api.Test
  void aNameOfBlanksOnlyHasNoGroupKey() {
    assertEquals(null, PersonNames.groupKey("\u2800\u200B "));
    assertEquals(null, PersonNames.groupKey(null));
  }
}
