package org.bihuan.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LoginsTest {

  @Test
  void aLoginInAnotherCaseWidthWithBlanksOrADomainHasTheSameKey() {
    for (String same :
        new String[] {
          "zhaoys", "ZHAOYS", " ZhaoYS", "ZhaoYS ", "ＺｈａｏＹＳ", "ZhaoYS@corp", "zhaoys@corp.example"
        }) {
      assertEquals("zhaoys", Logins.key(same), same);
    }
    assertEquals("赵验收", Logins.local("赵验收@corp"));
    assertEquals("@corp", Logins.key("@corp"));
    assertNotEquals(Logins.key("zhaoys"), Logins.key("zhaoys1"));
  }

  /** 0238: the other ways identity providers and OA systems write one login. */
  @Test
  void aDomainBeforeABackslashMailtoAPercentDomainAndTrailingDotsAreSetAside() {
    String[][] table = {
      {"CORP\\ZhaoYS1", "zhaoys1"},
      {"corp\\zhaoys1@corp.example", "zhaoys1"},
      {"CORP\\SUB\\zhaoys1", "zhaoys1"},
      {"mailto:zhaonew@corp", "zhaonew"},
      {"MAILTO:ZhaoNew@corp", "zhaonew"},
      {"zhaonew%corp", "zhaonew"},
      {"zhaonew%corp@relay", "zhaonew"},
      {"zhaonew.", "zhaonew"},
      {"zhaonew..", "zhaonew"},
      {"zhaonew.@corp", "zhaonew"},
      {"zhao.xinming@corp", "zhao.xinming"},
      {"ＣＯＲＰ＼zhaoys1", "zhaoys1"},
      // a step that would leave nothing is skipped
      {"CORP\\", "corp\\"},
      {"%corp", "%corp"},
      {"mailto:", "mailto:"},
      {"...", "..."},
    };
    for (String[] row : table) {
      assertEquals(row[1], Logins.key(row[0]), row[0]);
    }
    assertNotEquals(Logins.key("CORP\\zhaoys"), Logins.key("CORP\\zhaoys1"));
  }
}
