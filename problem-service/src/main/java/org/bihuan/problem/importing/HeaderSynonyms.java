package org.bihuan.problem.importing;

import java.util.Set;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.TableReading.Column;

/**
 * Header names whose words alone would name another column or none (docs/decisions/0360):
 *
 * <ul>
 *   <li>整改措施及目标, 整改目标及措施, 措施及目标: the measures column; the 目标 written in a cell stays in its
 *       measure's text (a header naming 目标 alone is still not read, 整改目标 alone is the goal);
 *   <li>整改清单, 整改任务清单 beside 问题清单: the measures column;
 *   <li>责任分工, 责任分工及时限, 责任落实, 职责分工, 责任及时限: a cell of labelled duty lines ({@link DutyCells}), not a
 *       time limit.
 * </ul>
 *
 * The roles of {@link ColumnRoles} (问题序号, 原责任单位) come first.
 */
final class HeaderSynonyms {

  private static final Set<String> MEASURE_LISTS = Set.of("整改清单", "整改任务清单", "任务清单");

  private static final Pattern DUTIES =
      Pattern.compile(
          "^(?:整改)?(?:责任分工|职责分工|责任分解|责任落实|分工|责任(?=[及与和、/]))"
              + "(?:[及与和、/]?(?:完成|整改|办结)?(?:时限|期限|时间))?$");

  private HeaderSynonyms() {}

  /** The column a header name (spaces left out) names before the synonyms are tried, or null. */
  static Column preset(String name) {
    Column role = ColumnRoles.preset(name);
    if (role != null) {
      return role;
    }
    if ((name.contains("措施") && name.contains("目标")) || MEASURE_LISTS.contains(name)) {
      return Column.MEASURE;
    }
    return DUTIES.matcher(name).matches() ? Column.DUTIES : null;
  }
}
