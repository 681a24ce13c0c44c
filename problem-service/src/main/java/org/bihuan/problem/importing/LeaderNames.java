package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.text.PersonNames;

/**
 * The leaders in charge of a document's measures, written by name only: 校长刘春 and 刘春 are one leader,
 * and the reports group tickets by the leader's written name, so a post written with the name would
 * split one leader in two. Every format's reading ends here, once ({@link DocumentReader}); the dry
 * run lists each name that lost its post, so the post stays visible where the import is checked.
 */
final class LeaderNames {

  private LeaderNames() {}

  static ParsedDocument byName(ParsedDocument doc) {
    Map<String, String> changed = new LinkedHashMap<>();
    Set<String> postsOnly = new LinkedHashSet<>();
    // the problems' measures, and a self-examination's proposed measures' duty lines (0338)
    ParsedDocument named =
        doc.mapMeasures(
            m -> {
              String leader = byName(m.leaderInCharge(), changed);
              if (leader != null && onlyPosts(leader)) {
                // 局长、副局长: posts and no person; a leader field keeps names (0251)
                postsOnly.add(leader);
                return withLeader(m, null);
              }
              return leader == null || leader.equals(m.leaderInCharge())
                  ? m
                  : withLeader(m, leader);
            });
    if (changed.isEmpty() && postsOnly.isEmpty()) {
      return doc;
    }
    List<String> warnings = new ArrayList<>();
    for (String posts : postsOnly) {
      warnings.add(
          "责任领导 「"
              + posts
              + "」 names posts and no person; no leader was stored for the measure(s) that give it"
              + " (a leader is stored by name): fill in the leader's name.");
    }
    List<String> posts = new ArrayList<>();
    List<String> remarks = new ArrayList<>();
    changed.forEach(
        (written, name) ->
            (hasRemark(written) ? remarks : posts).add("「" + written + "」 → 「" + name + "」"));
    if (!posts.isEmpty()) {
      warnings.add(
          "责任领导 written with a post are stored by name only, so that the reports count each"
              + " leader once: "
              + String.join(", ", posts)
              + ".");
    }
    if (!remarks.isEmpty()) {
      warnings.add(
          "责任领导 written with a remark on their part in the measure are stored by name only; the"
              + " remark is not kept (add it to the measure's text if it matters): "
              + String.join(", ", remarks)
              + ".");
    }
    return named.warned(warnings);
  }

  private static ParsedMeasure withLeader(ParsedMeasure m, String leader) {
    return new ParsedMeasure(
        m.measure(),
        m.responsibleUnits(),
        m.coResponsibleUnits(),
        leader,
        m.responsiblePerson(),
        m.timing(),
        m.deadline(),
        m.progress(),
        m.statusHint());
  }

  /**
   * The characters a post opens with where no surname stands before it (局长, 副局长, 党组书记, 分管副校长); 刘副局长
   * starts with a surname and is a leader as many lists name one.
   */
  private static final Pattern POST_ALONE =
      Pattern.compile("[局副党总院校处科所站县市区镇乡村分部厅委办纪组董监行首团书主]\\p{IsHan}{0,20}");

  /** Whether every leader of a 、-separated field is a post alone: 局长、副局长 (0251). */
  static boolean onlyPosts(String leaders) {
    for (String part : leaders.split("、")) {
      String p = part.strip();
      if (!POST_ALONE.matcher(p).matches() || !PersonNames.POST.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The longest written leader or person searched for a post (a name, posts and notes). */
  static final int LONGEST = 60;

  /** A name after a post and a colon: 副局长：王五. */
  private static final Pattern POST_COLON =
      Pattern.compile(
          "("
              + PersonNames.POST.pattern()
              + ")\\s*[：:]\\s*("
              + ResponsiblePeople.BARE_NAME.pattern()
              + ")");

  /**
   * A name, maybe after its post, with a note in brackets after it: 张三（党组书记、局长）, 张三(兼), 党委书记张长江（兼）.
   */
  private static final Pattern NOTE_AFTER =
      Pattern.compile("(\\p{IsHan}{2,24})\\s*[（(]([^（()）]+)[）)]");

  /**
   * What a bracket after a leader's name says of his part in the measure, not of his post: 负总责, 协管,
   * 具体负责, 督办 (docs/decisions/0376). The name is stored; the dry run names the remark left out.
   */
  static final Pattern REMARK =
      Pattern.compile(
          "(?:负总责|总负责|全面负责|负主责|主要负责|具体负责|直接负责|负责|牵头负责|牵头抓总|抓总|主抓|主管|协管|协助|协抓|协调"
              + "|配合|督办|督导|督促|挂帅|包保|分管负责)");

  /**
   * What a bracket after a leader's name says of his post: posts, 兼, 代, 主持工作, the work his post has
   * in charge (分管城建, 分管财务工作: a note on the post, named in the dry run with the post,
   * docs/decisions/0385), or a remark.
   */
  private static final Pattern NOTE =
      Pattern.compile(
          "(?:(?:兼任?|代理?|常务|分管|主持工作|牵头)|分管\\p{IsHan}{1,12}|(?:兼任?|代理?)?"
              + PersonNames.POST.pattern()
              + "|"
              + REMARK.pattern()
              + ")");

  /** Whether a written leader holds a remark on his part in brackets (王建国（负总责）). */
  static boolean hasRemark(String written) {
    Matcher note = NOTE_AFTER.matcher(written.strip());
    if (!note.find()) {
      return false;
    }
    for (String n : note.group(2).split("[、，,；;\\s]+")) {
      if (REMARK.matcher(n).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One written leader by name: the post before it (副局长兼党组成员李四, 副局长：王五) or in a bracket after it
   * (张三（党组书记、局长）, 张三(兼)) and a closing 同志 go; a name of two to four characters is never cut.
   */
  static String name(String written) {
    String p = written.strip();
    if (p.length() > LONGEST) {
      // no name with its post is this long: text that is (a hostile line of brackets) is kept as
      // written, and not searched for posts at a cost that grows with the square of its length
      return p;
    }
    if (p.endsWith("同志") && p.length() > 2) {
      p = p.substring(0, p.length() - 2).strip();
    }
    Matcher colon = POST_COLON.matcher(p);
    if (colon.matches() && !PersonNames.POST.matcher(colon.group(2)).matches()) {
      return colon.group(2);
    }
    Matcher note = NOTE_AFTER.matcher(p);
    if (note.matches() && !PersonNames.POST.matcher(note.group(1)).matches()) {
      for (String n : note.group(2).split("[、，,；;\\s]+")) {
        if (!NOTE.matcher(n).matches()) {
          return ResponsiblePeople.withoutPost(p);
        }
      }
      return ResponsiblePeople.withoutPost(note.group(1));
    }
    String before = nameBeforePost(p);
    return before != null ? before : ResponsiblePeople.withoutPost(p);
  }

  /**
   * The name of a leader written before his post (王长春副局长, 张三 主任), or null: a name of two to four
   * characters, no post itself, then a post that opens as posts do (副, 局, 党, 主…). A surname and a
   * post (刘副局长, 王局长) is how many lists name a leader and stays as written, as posts alone do
   * (分管副校长). Where the name ends is read from where the post begins (欧阳明华局长 is 欧阳明华, amending 0248)
   * only where one place can be it: 李红村主任 (李红 村主任, or 李红村 主任) and 周八镇党委书记 stay as written; a name
   * never ends in 副, 正 or 常 (王长春副局长 is 王长春).
   */
  private static String nameBeforePost(String p) {
    List<String> heads = namesBeforePost(p);
    return heads.size() == 1 ? heads.get(0) : null;
  }

  /**
   * Each place where the name of a person written before his post may end (李红村主任: 李红 and 李红村); two
   * or more say that where it ends is not known, none that no name stands before a post.
   */
  static List<String> namesBeforePost(String p) {
    List<String> found = new ArrayList<>();
    if (p.isEmpty() || isPostAlone(p) || isPostAlone(p.substring(1).strip())) {
      return found;
    }
    for (int at = 2; at <= 4 && at < p.length() - 1; at++) {
      String head = p.substring(0, at);
      String post = p.substring(at).strip();
      if (ResponsiblePeople.BARE_NAME.matcher(head).matches()
          && "副正常".indexOf(head.charAt(head.length() - 1)) < 0
          && !PersonNames.POST.matcher(head).matches()
          && isPostAlone(post)) {
        found.add(head); // two places the name could end: left as written
      }
    }
    return found;
  }

  /** A post with no name before it: 副局长, 局长助理, 党委书记. */
  static boolean isPostAlone(String p) {
    return POST_ALONE.matcher(p).matches() && PersonNames.POST.matcher(p).matches();
  }

  /**
   * The parts of a leader field: split at 、 outside brackets, and at spaces or closing brackets
   * between leaders each written with a post (张三（党组书记） 李四（副局长）).
   */
  private static List<String> parts(String leaders) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < leaders.length(); i++) {
      char c = leaders.charAt(i);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
      if (c == '、' && depth <= 0) {
        parts.addAll(bySpaces(part.toString()));
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.addAll(bySpaces(part.toString()));
    return parts;
  }

  private static List<String> bySpaces(String part) {
    // the space between two of them is gone when the line was cleaned: 张三（党组书记）李四（副局长）
    String[] pieces = part.strip().split("(?:\\s+|(?<=[）)])(?=\\p{IsHan}))(?![^（(]*[）)])");
    if (pieces.length >= 2
        && java.util.Arrays.stream(pieces)
            .allMatch(
                piece -> {
                  String name = name(piece);
                  return !name.equals(piece) && ResponsiblePeople.BARE_NAME.matcher(name).matches();
                })) {
      return List.of(pieces);
    }
    // 周立副主任孙宏主任, 主任孙宏副主任周立: leaders each with his post, run together (0388)
    List<String> run = RunTogetherLeaders.pieces(part);
    return run.isEmpty() ? List.of(part.strip()) : run;
  }

  /** Whether a part of a leader field names a person (王长春, 副局长王长春), not a post alone. */
  private static boolean isNamed(String part) {
    String name = name(part.strip());
    return ResponsiblePeople.BARE_NAME.matcher(name).matches()
        && !PersonNames.POST.matcher(name).matches();
  }

  /**
   * Whether part {@code i} is only a post, and so are the parts after it up to one that is a post
   * written before a name: they are all posts of that person (局党组书记、局长张三).
   */
  private static boolean isPostOfOneAfter(List<String> parts, int i) {
    for (int j = i; j < parts.size(); j++) {
      String part = parts.get(j).strip();
      if (j > i && !name(part).equals(part)) {
        return true;
      }
      if (!PersonNames.POST.matcher(part).matches() || !namesBeforePost(part).isEmpty()) {
        return false; // 周立副主任、孙宏主任: a name before its post is a leader of its own (0388)
      }
    }
    return false;
  }

  /**
   * Each leader of a 、-separated field by name; {@code changed} collects what was rewritten. A
   * field of posts alone (局长、副局长, and as well 刘副局长, a surname and a post, which is how many lists
   * name a leader) is kept as written without a warning.
   */
  private static String byName(String leaders, Map<String, String> changed) {
    if (leaders == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<String> parts = parts(leaders);
    String posts = "";
    for (int i = 0; i < parts.size(); i++) {
      String written = parts.get(i).strip();
      String name = name(written);
      if (isPostOfOneAfter(parts, i)) {
        // 局党组书记、局长张三: the posts one person holds, listed before his name (0248)
        posts += written + "、";
        continue;
      }
      if (i > 0 && posts.isEmpty() && isPostAlone(written) && isNamed(parts.get(i - 1))) {
        // 王长春 副局长, read as two leaders: the post of the leader before it
        changed.putIfAbsent(parts.get(i - 1).strip() + "、" + written, name(parts.get(i - 1)));
        continue;
      }
      if (!name.equals(written) || !posts.isEmpty()) {
        changed.putIfAbsent(posts + written, name);
      }
      posts = "";
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return String.join("、", names);
  }
}
