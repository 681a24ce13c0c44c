package org.bihuan.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MobilesTest {

  @Test
  void everyWayOfWritingOneMobileHasOneKey() {
    for (String same :
        new String[] {
          "13800138000",
          "+86 138-0013-8000",
          "86-13800138000",
          "8613800138000",
          "+8613800138000",
          "008613800138000",
          "0086 138 0013 8000",
          "(+86) 138 0013 8000",
          "+86.138.0013.8000",
          " 138 0013 8000 ",
          "１３８００１３８０００",
          "＋８６　１３８－００１３－８０００",
          "tel:+86-138-0013-8000",
        }) {
      assertEquals("13800138000", Mobiles.key(same), same);
    }
  }

  @Test
  void textThatIsNoMainlandMobileHasNoKey() {
    for (String none :
        new String[] {
          "zhao13800138000",
          "13800138000@corp.cn",
          "CORP\\13800138000",
          "1380013800",
          "138001380001",
          "23800138000",
          "010-8888 6666",
          "+1 650 555 0100",
          "861380013800",
          "86138001380001",
          "+",
          "",
          "   ",
          "zhao",
        }) {
      assertNull(Mobiles.key(none), none);
    }
    assertNull(Mobiles.key(null));
  }

  @Test
  void differentNumbersStayDifferent() {
    assertNotEquals(Mobiles.key("13800138000"), Mobiles.key("13800138001"));
    assertNotEquals(Mobiles.key("+86 138-0013-8000"), Mobiles.key("+86 139-0013-8000"));
  }
}
