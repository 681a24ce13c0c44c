package org.bihuan.problem.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A leader written before his post is stored by name only where one place can end the name (0321,
 * amended): 李红村主任 may be 李红 村主任 or 李红村 主任 and is kept as written, never cut to a wrong person;
 * 王长春副局长, 张三主任, 欧阳明华局长 have one place.
 */
class LeaderNamesBeforeAmbiguousPostsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "李红村主任|李红村主任|0",
        "周八镇党委书记|周八镇党委书记|0",
        "王长春副局长|王长春|1",
        "李红副局长|李红|1",
        "张三主任|张三|1",
        "欧阳明华局长|欧阳明华|1",
        "孙七副县长|孙七|1",
      })
  void aNameIsCutFromItsPostOnlyWhereOnePlaceCanEndIt(String written, String stored, int warnings) {
    LeaderNamesTest.assertStored(written, stored, warnings);
  }
}
