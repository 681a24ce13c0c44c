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

  /** 0246: a mail subaddress and a Kerberos instance and realm name the same person. */
  @Test
  void aSubaddressAnInstanceAndARealmAreSetAside() {
    String[][] table = {
      {"zhao+verify@corp.cn", "zhao"},
      {"Zhao+Verify@Corp.CN", "zhao"},
      {"zhao+a+b@corp.cn", "zhao"},
      {"zhao+verify", "zhao"},
      {"zhao/admin@CORP.CN", "zhao"},
      {"zhao/admin", "zhao"},
      {"ZHAO/admin/host@CORP.CN", "zhao"},
      {"CORP\\zhao", "zhao"},
      {"corp\\ZHAO+x@corp.cn", "zhao"},
      {"ＺＨＡＯ＋ｖｅｒｉｆｙ@corp.cn", "zhao"},
      {"zhao@corp.cn", "zhao"},
      // a step that would leave nothing is skipped: a mobile keeps its plus
      {"+86 138-0013-8000", "+86 138-0013-8000"},
      {"/admin", "/admin"},
      {"+verify@corp.cn", "+verify"},
    };
    for (String[] row : table) {
      assertEquals(row[1], Logins.key(row[0]), row[0]);
    }
  }

  /** Nothing but those decorations is taken away: different people stay different. */
  @Test
  void differentPeopleKeepDifferentKeys() {
    String[][] pairs = {
      {"zhao", "zhao1"},
      {"zhao@corp.cn", "zhao1@corp.cn"},
      {"zhao.li", "zhaoli"},
      {"zhao.li@corp.cn", "zhaoli@corp.cn"},
      {"zhao-li", "zhaoli"},
      {"zhao_li", "zhaoli"},
      {"CORP\\zhao", "CORP\\zhao2"},
      {"zhao/admin@CORP.CN", "zhaoadmin@corp.cn"},
      {"zhao+verify@corp.cn", "zhaoverify@corp.cn"},
    };
    for (String[] pair : pairs) {
      assertNotEquals(Logins.key(pair[0]), Logins.key(pair[1]), pair[0] + " / " + pair[1]);
    }
  }
}
