package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which wrapped lines {@link WrappedLabels} joins to the labelled line above them. */
class WrappedLabelsTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a date cut after its year or its month
        "整改时限：2024年|9月30日|true",
        "整改时限：2024年|9月底前|true",
        "整改时限：2024年|十二月|true",
        "整改时限：2024年9月|30日|true",
        "责任单位：办公室；整改时限：2024年9月|底|true",
        // not the rest of that date
        "整改时限：2024年9月30日|9月30日|false",
        "整改时限：2024年9月|9月30日|false",
        "整改时限：2024年|9月30日完成制度修订工作|false",
        "整改时限：长期坚持|9月30日|false",
        // labels and names, as before
        "责任人：陈|明|true",
        "整改时|限：2024年9月30日|true",
      })
  void joinsOnlyTheRestOfTheLine(String line, String next, boolean joined) {
    assertEquals(joined, WrappedLabels.continues(line, next));
  }
}
