package org.bihuan.problem.support;

import java.util.List;
import java.util.Map;

/**
 * The plain 整改台账 of five columns that many import tests write (序号, 存在问题, 整改措施, 责任单位, 整改时限), and the
 * problem a row of it reads as: one sentence, its title without the 。, and one measure by its units
 * and a deadline, no leader or person.
 */
public final class PlainLedger {

  /** The header row. */
  public static final List<Object> HEADER = List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限");

  private PlainLedger() {}

  /**
   * The problem {@code title}。 under {@code categories}, found at {@code origin}, with the one
   * measure {@code measure} of {@code units} due by {@code deadline} (ISO date).
   */
  public static Map<String, Object> deadlineProblem(
      String title,
      List<String> categories,
      Map<String, Object> origin,
      String measure,
      List<String> units,
      String deadline) {
    return ImportAnswers.problem(
        title,
        title + "。",
        categories,
        origin,
        List.of(ImportAnswers.measure(measure, units, null, null, "DEADLINE", deadline)));
  }
}
