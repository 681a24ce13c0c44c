package org.bihuan.problem.importing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;
import org.bihuan.problem.importing.OutlineParser.Line;

/**
 * A plan without a 整改措施： line whose numbered item states a problem (1、校园食堂食品安全管理存在漏洞。) and is
 * followed at once by points numbered one rank deeper (①, （1）, ⑴), each an action (①落实食堂负责人陪餐制度。)
 * with a duty line of its own below it (完成时限：…；责任人：…；责任单位：…): the item is the problem and its
 * points are its measures (docs/decisions/0406). Layout alone does not tell it: the points of a
 * plan whose （1） items with their duty lines are problems (（1）学习教育不深入。 / 责任单位：…) look the same, so
 * the wording decides — the item states a shortfall, every point an action.
 */
final class MeasuresWithDutyLines {

  private MeasuresWithDutyLines() {}

  /**
   * Words that state a shortfall or a breach (管理存在漏洞, 进度滞后, 缺乏监督, 化整为零规避招标), beside those of {@link
   * ProblemLeadIns#statesProblem} (审核不严, 台账未更新).
   */
  private static final Pattern SHORTFALL =
      Pattern.compile(
          "存在|漏洞|隐患|短板|薄弱|缺乏|缺失|不足|滞后|缓慢|偏差|突出|流于形式"
              + "|违规|违反|超标|超期|规避|挪用|套取|截留|拖欠|擅自|随意|多头|重复|过多|繁杂|不当"
              + "|过长|过短|过高|过低|过慢|过少|过松|过宽");

  /**
   * A point that ends by stating a shortfall in words neither {@link
   * ProblemLeadIns#endsStatingProblem} nor {@link #STATES_SHORTFALL} finds (台账未及时更新, 没有建立台账,
   * 存在安全隐患): a problem, not a measure.
   */
  private static final Pattern ENDS_IN_SHORTFALL =
      Pattern.compile("(?:未\\p{IsHan}{1,6}|没有\\p{IsHan}{0,6}|漏洞|隐患|问题|差距)$");

  /** A point that opens with a negation (未严格落实…制度, 没有建立台账, 不按规定…): a finding. */
  private static final Pattern OPENS_WITH_NEGATION = Pattern.compile("^(?:未|尚未|没有|没|无|不)");

  /**
   * A shortfall stated as a clause's predicate (执行不到位，…, 参训率仅为60%, 次数偏少，…, 内容过于简单): a finding,
   * whatever doing words the point holds. Not when the words describe a thing the point acts on, a
   * 的 after them in their clause (纠正…过于宽松的做法, 对活动偏少的支部约谈, 将金额仅为5万元以下的项目纳入审核).
   */
  private static final Pattern STATES_SHORTFALL =
      Pattern.compile(
          "(?:不到位|不规范|不严格|不及时|不健全|不完善|不够|不力|未按|未经|未及时"
              + "|未严格|未落实|未建立|未开展|未执行|缺乏|滞后|流于形式|仅为|偏少|过于)(?![^，,。；;]*的)");

  /**
   * How a finding's main clause ends when its predicate judges what came before it (落实…不到位的情况较多,
   * 问题仍然存在, 流于形式, 督查检查多头重复): the doing word at its head is the subject, not what the point does.
   */
  private static final Pattern ENDS_JUDGING =
      Pattern.compile(
          "(?:较多|较大|普遍|严重|明显|突出|时有发生|仍然存在|依然存在|流于形式|走过场|走形式|形同虚设|了事|多头重复" + "|交叉重复|过多|繁杂)$");

  /** What a measure does (加强, 建立, 完善, 开展, 制定, 落实, 组织, 严格…): an action, not a finding. */
  private static final String ACTION =
      "加强|建立|健全|完善|开展|制定|落实|组织|严格|修订|修改|更换|规范|推进|强化|加快|核查|复核|排查|清理|整治|整改"
          + "|督促|压实|召开|梳理|补齐|细化|明确|实行|执行|实施|纠正|追缴|退还|清退|收回|约谈|问责|配备|设立"
          + "|出台|印发|督查|检查|审核|公示|调整|优化|提升|提高|确保|杜绝|深化|倒排|倒查|引入|增设|更新"
          + "|培训|学习|宣传|研究|整合|完成|落细|建成|改造|维修|修缮|补充|报送|审计|评估|考核"
          + "|推行|推广|合并|精简|压减|压缩|控制|编制|纳入|列入|牵头|推动|形成|监督|指导|撤销|启动|部署|筹建|采购"
          + "|购置|起草|查明|清查";

  /** A word of when or how right before the doing word: 每半年, 定期, 立即, 全面, 逐项, 进一步. */
  private static final String WHEN_OR_HOW =
      "每\\p{IsHan}{1,3}?|定期|立即|及时|全面|逐一|逐项|逐步|进一步|认真|切实|严肃|持续|尽快|限期|集中";

  /**
   * A phrase of by what, by whom or on what before the doing word: a rule followed
   * (按照党委会议事规则，每季度专题研究…, 根据…修订, 结合…开展) up to the doing word in any clause; by whom or by what
   * measure (由分管领导牵头, 按标准补充) within the first; on what (对补贴逐笔复核, 针对…建立) or what it acts on named
   * first (将…纳入述职评议, 把…列入…) when that is not a noun the doing word describes (对下属单位的检查以听取汇报为主,
   * 将检查发现的问题…: docs/decisions/0412, 0414).
   */
  private static final String BY_WHAT_OR_WHOM =
      "(?:(?:按照|依照|依据|根据|结合|围绕)[^。；;]*?|(?:按(?!照)|由(?!于))[^。；;，,]*?"
          + "|(?:对|针对|将|把)[^。；;，,]+?(?<!的))";

  /**
   * A point that opens with its doing word (落实陪餐制度, 倒排工期, 推行预约办理), after at most a word of when or
   * how (每半年开展, 定期检查, 立即整改) or a phrase of by what, by whom or on what (按标准补充, 由…牵头, 对补贴逐笔复核): the
   * doing word of a finding stands after its subject (中心组学习研讨次数偏少, 公务接待审核把关宽松).
   */
  private static final Pattern OPENS_WITH_ACTION =
      Pattern.compile(
          "^(?:" + BY_WHAT_OR_WHOM + ")?(?:" + WHEN_OR_HOW + ")?(?:" + ACTION + ")(?!的)");

  /**
   * For each line, the index of the problem whose measure point it is, or -1: line {@code p}, an
   * item (1、, or deeper) without labels that states a shortfall, is followed at once by points
   * numbered one rank deeper, from 1, at a measure's rank (（1）, ①, ⑴), nothing else numbered before
   * the next item; each point, without labels, reads as an action and is followed at once by a duty
   * line of its own ({@link DutyLines}); no 问题表现 or 整改措施 line among them.
   */
  static int[] problems(List<Line> lines, List<List<Labelled>> labels) {
    int[] problemOf = new int[lines.size()];
    Arrays.fill(problemOf, -1);
    for (int p = 0; p + 1 < lines.size(); p++) {
      ReadingTime.check();
      Numbering item = lines.get(p).numbering();
      if (item == null
          || item.rank() < Numbering.ARABIC
          || !labels.get(p).isEmpty()
          || !statesProblem(item.text())) {
        continue;
      }
      Numbering first = lines.get(p + 1).numbering();
      if (first == null
          || first.rank() <= item.rank()
          || first.rank() < Numbering.ARABIC_IN_PARENTHESES
          || first.number() != 1) {
        continue;
      }
      int end = p + 1;
      boolean measures = true;
      while (measures && end < lines.size()) {
        Numbering n = lines.get(end).numbering();
        if (n != null && n.rank() <= item.rank()) {
          break;
        }
        if (n != null) {
          measures =
              n.rank() == first.rank()
                  && labels.get(end).isEmpty()
                  && readsAsAction(n.text())
                  && end + 1 < lines.size()
                  && DutyLines.isDutyLine(Labels.find(PlanRoles.content(lines.get(end + 1))));
        } else if (!labels.get(end).isEmpty()) {
          Label label = labels.get(end).get(0).label();
          measures = label != Label.PROBLEM && label != Label.MEASURE;
        }
        end++;
      }
      if (measures) {
        for (int j = p + 1; j < end; j++) {
          if (lines.get(j).numbering() != null) {
            problemOf[j] = p;
          }
        }
      }
    }
    return problemOf;
  }

  /**
   * Whether any item of {@code lines} states a problem that owns the points below it as its
   * measures ({@link #problems(List, List)}): a section named for the tasks (二、整改任务, 二、整改措施)
   * holding the plan's problems that way, with no problem before it, holds them
   * (docs/decisions/0412).
   */
  static boolean statesProblems(List<Line> lines) {
    return Arrays.stream(problems(lines)).anyMatch(p -> p >= 0);
  }

  /** {@link #problems(List, List)} with each line's labels found. */
  static int[] problems(List<Line> lines) {
    List<List<Labelled>> labels =
        lines.stream().map(line -> Labels.find(PlanRoles.content(line)).labels()).toList();
    return problems(lines, labels);
  }

  /**
   * Whether an item's text states a problem: a shortfall ({@link #statesShortfall}), or a sentence
   * closed by 。 and followed by more (会议过多过长。部分会议内容重复, 文山会海问题仍然存在。…) that does not read as an
   * action: a heading naming a group or an area (理论学习, 作风建设方面) is never a sentence (0251), nor a
   * task written as one sentence (抓好理论学习。, 党委要切实履行主体责任。: docs/decisions/0412).
   */
  static boolean statesProblem(String text) {
    String t = text.strip();
    int stop = t.indexOf('。');
    return statesShortfall(t)
        || (stop > 0
            && !t.substring(stop + 1).replaceAll("[。；;！!，,\\s]", "").isEmpty()
            && !readsAsAction(t)
            && !t.contains("方面"));
  }

  /**
   * Whether an item's text states a shortfall (管理存在漏洞, 进度滞后, 审核不严, 资助认定程序不规范) and does not read as
   * an action (严格落实无纸化办公: a measure's heading, not a problem).
   */
  static boolean statesShortfall(String text) {
    String t = text.strip().replaceAll("[。；;！!，,：:\\s]+$", "");
    return !t.endsWith("方面")
        && (ProblemLeadIns.statesProblem(t) || SHORTFALL.matcher(t).find())
        && !readsAsAction(t);
  }

  /**
   * Whether a point reads as an action (落实陪餐制度, 对补贴逐笔复核, 按标准补充储备, 纠正…过于宽松的做法): what it does opens
   * it ({@link #OPENS_WITH_ACTION}), it opens with no negation, and neither its first clause nor
   * its last ends stating a problem ({@link ProblemLeadIns#endsStatingProblem}: 不到位, 宽松, 偏少, 滞后;
   * 台账未及时更新; 情况较多) — the clause whose predicate that is has the doing word for its subject
   * (落实主体责任不到位，…) — and no clause states one as its predicate ({@link #STATES_SHORTFALL}).
   */
  static boolean readsAsAction(String text) {
    String t = text.strip();
    String end = t.replaceAll("[。；;！!，,\\s]+$", "");
    String first = end.split("[，,；;。]", 2)[0];
    return OPENS_WITH_ACTION.matcher(t).find()
        && !OPENS_WITH_NEGATION.matcher(t).find()
        && !endsStatingProblem(first)
        && !endsStatingProblem(end)
        && !STATES_SHORTFALL.matcher(t).find();
  }

  private static boolean endsStatingProblem(String clause) {
    return ProblemLeadIns.endsStatingProblem(clause)
        || ENDS_IN_SHORTFALL.matcher(clause).find()
        || ENDS_JUDGING.matcher(clause).find();
  }
}
