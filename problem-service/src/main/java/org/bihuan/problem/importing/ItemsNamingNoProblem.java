package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParser.bodyAfterHead;
import static org.bihuan.problem.importing.OutlineParser.head;
import static org.bihuan.problem.importing.OutlineParser.headingText;
import static org.bihuan.problem.importing.OutlineParser.shorten;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.OutlineParser.Node;

/**
 * The items of a measures section after the problems that name none of them, among items that name
 * theirs (docs/decisions/0424, amended): 2.健全整改工作机制：建立整改工作月调度制度。责任领导：… between items headed
 * 针对“X”问题, or 3.强化整改结果运用：… last. Each is read as a problem of its own — its title the heading
 * before its colon, or its text — with its measure and duties, and the dry run names its line. They
 * are never paired with the problems above by their position. In a section where no item names a
 * problem, the items stay as before: proposed measures with their duties, as a self-check report's
 * are (0332), or a plan's problems of their own.
 */
final class ItemsNamingNoProblem {

  /** 健全整改工作机制：建立…: a short heading before the colon, the measure after it. */
  private static final Pattern HEADED =
      Pattern.compile("^([^：:。；;，,！!？?]{2,20})[：:](.+)$", Pattern.DOTALL);

  /** A heading that is a label (责任单位：, 整改措施：, 问题：…), no measure's heading. */
  private static final Pattern LABEL =
      Pattern.compile(".*(?:单位|部门|领导|责任人|负责人|时限|措施|问题|目标|要求|进展|情况)$");

  /** A duty label in an item's line: where its measure's text ends. */
  private static final Pattern DUTY =
      Pattern.compile("(?:责任|牵头|分管|配合)(?:领导|单位|部门|人)[：:]|(?:整改|完成)时限[：:]|时限要求[：:]");

  private ItemsNamingNoProblem() {}

  /**
   * Reads the items of {@code section} that name no problem into {@code problems} (appended) and
   * answers them; {@code anyNamed}: whether an item of the section named one of the problems.
   */
  static List<Node> read(
      Node section,
      boolean anyNamed,
      List<ParsedProblem> problems,
      List<String> warnings,
      Integer year) {
    List<Node> read = new ArrayList<>();
    for (Node item : section.children) {
      if (MeasuresForProblems.naming(head(item).title())
          || MeasuresForProblems.naming(headingText(item))
          || !anyNamed) {
        continue;
      }
      String line = headingText(item).strip();
      String title;
      String inline;
      Matcher headed = HEADED.matcher(line);
      if (headed.matches() && !LABEL.matcher(headed.group(1).strip()).matches()) {
        title = headed.group(1).strip(); // 健全整改工作机制：建立…
        inline = headed.group(2).strip();
      } else if (!bodyAfterHead(item).isEmpty() || !item.children.isEmpty()) {
        title = line; // （三）加强督查考核 / 将整改落实情况纳入年度考核。 / 责任领导：…
        inline = null;
      } else {
        Matcher duty = DUTY.matcher(line);
        title = duty.find() ? line.substring(0, duty.start()).strip() : line;
        inline = line; // 1.开展机关作风专项整治…。责任单位：…: its text is its title and its measure
      }
      if (title.isEmpty()) {
        continue;
      }
      List<String> said = new ArrayList<>();
      ParsedProblem problem = MeasuresForProblems.asProblem(item, title, year, said, inline);
      if (problem == null) {
        continue;
      }
      warnings.add(
          "Line "
              + item.number
              + ": 「"
              + shorten(line)
              + "」 names no problem of the document; it was read as a problem of its own, with"
              + " its measures — check whether it answers one of the problems above.");
      warnings.addAll(said);
      problems.add(problem);
      read.add(item);
    }
    return read;
  }
}
