package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.TextBesideTables.compact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A problem that a workbook's sheets list twice, imported once ({@link DocumentReading}, 0182). */
final class SameProblemOnSheets {

  private SameProblemOnSheets() {}

  /**
   * Whether a problem of a later sheet is a problem an earlier sheet already listed (a 问题清单 sheet
   * and a 整改清单 sheet with the same problem texts): its title, folded as {@link
   * TextBesideTables#compact} folds it, equals the title of a problem read from another sheet. It
   * is then that problem: the measures it carries that the first does not have are added to the
   * first, and the dry run says so (0182). Two sheets named after categories of their problems
   * ({@code categorySheets}: 党建方面, 作风方面) list different problems under the same title: each is
   * imported, in its sheet's category (0273).
   */
  static boolean sameOnAnotherSheet(
      ParsedProblem later,
      String sheet,
      List<ParsedProblem> problems,
      List<String> warnings,
      Set<String> categorySheets) {
    String key = compact(Normalizer.normalize(later.title(), Normalizer.Form.NFKC));
    if (key.isEmpty()) {
      return false;
    }
    for (int j = 0; j < problems.size(); j++) {
      ParsedProblem first = problems.get(j);
      if (first.origin() == null
          || first.origin().sheet() == null
          || first.origin().sheet().equals(sheet)
          || (categorySheets.contains(sheet) && categorySheets.contains(first.origin().sheet()))
          || !key.equals(compact(Normalizer.normalize(first.title(), Normalizer.Form.NFKC)))) {
        continue;
      }
      Set<String> had = new HashSet<>();
      first.measures().forEach(m -> had.add(compact(m.measure())));
      List<ParsedMeasure> measures = new ArrayList<>(first.measures());
      int added = 0;
      for (ParsedMeasure m : later.measures()) {
        if (had.add(compact(m.measure()))) {
          measures.add(m);
          added++;
        }
      }
      problems.set(
          j,
          new ParsedProblem(
              first.title(),
              first.description(),
              first.categoryPath(),
              List.copyOf(measures),
              first.origin()));
      warnings.add(
          "Sheet 「"
              + sheet
              + "」 "
              + rowsOf(later.origin())
              + ": 「"
              + OutlineParser.shorten(later.title())
              + "」 is the same problem as sheet 「"
              + first.origin().sheet()
              + "」 "
              + rowsOf(first.origin())
              + "; it was imported once"
              + (added > 0 ? ", with this sheet's " + added + " measure(s) added to it." : ".")
              + " If they are different problems, give them different titles.");
      return true;
    }
    return false;
  }

  private static String rowsOf(Origin o) {
    List<Integer> rows = o == null ? null : o.rows();
    if (rows == null || rows.isEmpty()) {
      return "";
    }
    return rows.get(0).equals(rows.get(rows.size() - 1))
        ? "row " + rows.get(0)
        : "rows " + rows.get(0) + "–" + rows.get(rows.size() - 1);
  }
}
