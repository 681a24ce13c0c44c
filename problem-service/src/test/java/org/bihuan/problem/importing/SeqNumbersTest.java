package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeqNumbersTest {

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1|1|true",
        "（1）|1|false",
        "（2）|2|false",
        "①|1|false",
        "(2)|（2）|true",
        "1、|1|true",
        "１|1|true",
        "1.1|1|true",
        "1-2|1|true",
        "2|1|false",
        "10|1|false",
        "1.2|1.1|false",
        "4.1|4|true",
      })
  void aSeqIsTheProblemsOwnOrAPointOfIt(String seq, String problemSeq, boolean same) {
    assertEquals(same, SeqNumbers.sameProblem(seq, problemSeq));
  }

  @ParameterizedTest(name = "{0} after {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1-2|1-1|true",
        "2.2|2.1|true",
        "2．2|2.1|true",
        "2-1|1-2|false",
        "2|1|false",
        "1.2|1|false",
        "11-1|1-1|false",
      })
  void subNumbersOfTheSameNumberAreItsPoints(String seq, String problemSeq, boolean same) {
    assertEquals(same, SeqNumbers.samePointsParent(seq, problemSeq));
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "（1）|1|true",
        "（3）|1|true",
        "(2)|2|true",
        "①|2|true",
        "1)|3|true",
        "⑴|1|true",
        "（2）|（1）|false",
        "2|1|false",
        "1.1|1|false",
        "2)|1)|false",
      })
  void aNumberWrittenAnotherWayNumbersAMeasure(String seq, String problemSeq, boolean under) {
    assertEquals(under, SeqNumbers.measureUnder(seq, problemSeq));
  }
}
