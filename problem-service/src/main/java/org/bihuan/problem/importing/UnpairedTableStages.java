package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's 整改时限 cell written in stages (近期：…；长效：…, 第一阶段：…；第二阶段：…) that several measures of one
 * problem share — the measures of one 整改措施 cell, or of rows under one merged 整改时限 cell — when the
 * stages are not as many as those measures: no stage can be said to be a measure's, so each keeps
 * the cell's text as its time limit, read as any time limit (a stage a measure's only where the
 * counts or the terms pair them, 0306, 0310, 0317), and the dry run says so (docs/decisions/0324).
 * A numbered cell (1.…；2.…) is paired by number and named there ({@link NumberedDuties}).
 */
final class UnpairedTableStages {

  private UnpairedTableStages() {}

  /**
   * The notes for {@code limits}, each measure's time limit in order (null for one whose stage
   * gives its own): one for each staged time limit that two or more measures share, when its stages
   * are not as many as those measures.
   */
  static List<String> notes(String named, List<String> limits) {
    Map<String, Integer> sharing = new LinkedHashMap<>();
    for (String limit : limits) {
      if (limit != null && !limit.isBlank()) {
        sharing.merge(limit, 1, Integer::sum);
      }
    }
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, Integer> shared : sharing.entrySet()) {
      int stages = TimeStages.count(shared.getKey());
      int measures = shared.getValue();
      if (measures < 2 || stages < 2 || stages == measures) {
        continue;
      }
      notes.add(
          named
              + ": the 整改时限 「"
              + OutlineParser.shorten(shared.getKey().strip().replace('\n', '；'))
              + "」 names "
              + stages
              + " stages beside "
              + measures
              + " measures; the stages could not be paired with the measures, so each measure"
              + " was given the whole 整改时限. Check which stage serves which measure.");
    }
    return notes;
  }
}
