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
}
