package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a document's closing begins: the formula after its last item (以上是…，请批评指正。 / 特此报告。), the
 * signature and date block (××县审计局 / 2024年6月1日), or 附件：. The closing ends the list of problems and
 * measures; its lines are reported as not imported, never added to the last measure
 * (docs/decisions/0160). A date line followed by numbered items with labelled lines is no closing
 * (0296).
 *
 * <p>Only after the document's items have begun: a formula in the preamble (现将…报告如下，请予批评指正。) is no
 * closing, nor is a line with a number of its own. 附件： closes only a list that has labelled lines
 * (责任单位：…) before it — a notice's 附件 line may announce the very list that follows.
 */
final class Closing {

  /** 以上是我的对照检查，请批评指正。 / 以上整改方案，妥否，请批示。 / 以上整改措施，请各责任单位认真抓好落实。 / 特此报告。 / 请各位批评指正。 */
  private static final Pattern FORMULA =
      Pattern.compile(
          "^(?:以上.{0,40}?(?:批评指正|报告|汇报|请示|批示|审阅|审议|审定|妥否|如有不妥|请各|望各|抓好落实|遵照执行|贯彻落实)"
              + "|特此(?:报告|汇报|通知|说明|函告|请示|函复|批复)"
              + "|(?:敬?请|恳请)(?:各位|同志们|大家|领导)?(?:予以)?批评指正)");

  /** A line that is nothing but a date: 2024年6月1日 / 二〇二四年六月一日. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
              + "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]$");

  private static final Pattern ANNEX =
      Pattern.compile("^附\\s*件\\s*(?:[0-9一二三四五六七八九十]{1,2})?\\s*[：:]");

  /** The longest line that can be a signature above the date (××县审计局党组). */
  private static final int SIGNATURE_MAX = 30;

  /** A measure or duty label inside a numbered line: 整改措施：, 责任单位：, 时限：. */
  static final Pattern DUTY_INSIDE =
      Pattern.compile("(?:整改措施|整改举措|责任单位|责任部门|牵头单位|责任人|责任领导|整改时限|完成时限|时限)\\s*[：:]");

  private Closing() {}

  /** 以上…请批评指正。 / 特此报告。 — a closing formula. */
  static boolean isFormula(String line) {
    return FORMULA.matcher(line.strip()).find();
  }

  /** The index of the first closing line of {@code lines} (cleaned); -1 when there is none. */
  static int start(List<String> lines) {
    boolean numbered = false;
    boolean labelled = false;
    boolean[] items = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (Numbering.of(line) != null) {
        numbered = true;
        // 5.白条入账。整改措施：…责任单位：财务科: a finding written with its duties on its own line (0247)
        labelled |= DUTY_INSIDE.matcher(line).find();
        continue;
      }
      if (numbered && (FORMULA.matcher(line).find() || (labelled && ANNEX.matcher(line).find()))) {
        return i;
      }
      if (numbered && DATE_LINE.matcher(line).matches()) {
        items = items != null ? items : itemsAfter(lines);
        if (items[i + 1]) {
          continue; // a value cut from its label, with items after it
        }
        // the signature above the date belongs to the closing too
        return i > 0 && isSignature(lines.get(i - 1)) ? i - 1 : i;
      }
      labelled |= !Labels.find(line).labels().isEmpty();
    }
    return -1;
  }

  /**
   * For each line, whether numbered items with labelled lines follow it before any closing formula
   * or 附件：: then a date line there is no 落款 but a value cut from its label (…整改时限 / 2025年6月5日 in a
   * PDF), and the items are imported (0296). Worked out once, from the end, in linear time.
   */
  private static boolean[] itemsAfter(List<String> lines) {
    boolean[] after = new boolean[lines.size() + 1];
    boolean labelledAhead = false; // a labelled line follows before the next stop
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (FORMULA.matcher(line).find() || ANNEX.matcher(line).find()) {
        labelledAhead = false;
        after[i] = false;
        continue;
      }
      boolean labelled = DUTY_INSIDE.matcher(line).find() || !Labels.find(line).labels().isEmpty();
      labelledAhead |= labelled;
      after[i] = Numbering.of(line) != null ? labelledAhead : after[i + 1];
    }
    return after;
  }

  /** A short line with no punctuation, label or number: the name of the unit signing. */
  private static boolean isSignature(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && t.length() <= SIGNATURE_MAX
        && Numbering.of(t) == null
        && Labels.find(t).labels().isEmpty()
        && t.chars().noneMatch(c -> "，。；：！？,.;:!?、".indexOf(c) >= 0);
  }
}
