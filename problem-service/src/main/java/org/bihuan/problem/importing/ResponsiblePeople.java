package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.input.SafeText;
import org.bihuan.platform.text.PersonNames;

/**
 * The people named in a responsibility value (a 责任人 or 责任领导 label's value, a table's cell): each
 * name as written, a post joined to its name or taken off it, a leader and his people apart.
 */
final class ResponsiblePeople {

  private ResponsiblePeople() {}

  /**
   * A person's name alone: two to four Chinese characters (the one pattern the readers of people
   * and leaders test a name with).
   */
  static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

  /**
   * The people named in a responsibility value or cell, in plans and tables alike: 张三、李四 → [张三,
   * 李四]; each name written as {@link PersonNames#written} folds it, so 王　强 and 王 强 are 王强. A space
   * separates two names only between Chinese names of two characters or more (张三 李四), a name typed
   * with a space after its one-character surname counted as one (李明 王 强 → 李明, 王强: 0358).
   */
  static List<String> names(String value) {
    if (Placeholders.nothing(value)) {
      return List.of(); // N/A, before its / splits it (0297)
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : PersonNames.SEPARATORS.split(postsOverNames(value))) {
      String p = part.replaceAll("[。.]+$", "").strip();
      String[] words = spacedNamesJoined(SPACES.split(p));
      boolean spaced = words.length > 1;
      for (String w : words) {
        spaced &= BARE_NAME.matcher(w).matches();
      }
      for (String name : spaced ? withTitles(words) : List.of(p)) {
        // a character no text may hold (U+202E) is left in for StorableText, which names it (0182)
        String n = SafeText.problemInText(name) == null ? PersonNames.written(name) : name.strip();
        if (!n.isEmpty() && !Placeholders.nothing(n)) {
          names.add(n);
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * A post on a line of its own above a name in the same cell (副校长 / 刘明, a cell's lines): one
   * person, 副校长刘明, as 副校长 刘明 is (0171); a name on each line (张三 / 李四) stays two people (0369).
   */
  private static String postsOverNames(String value) {
    if (value.indexOf('\n') < 0) {
      return value;
    }
    String[] lines = value.split("\n", -1);
    StringBuilder out = new StringBuilder(lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      String above = lines[i - 1].strip();
      String line = lines[i].strip();
      boolean postAbove =
          !above.isEmpty()
              && !line.isEmpty()
              && PersonNames.POST.matcher(above).matches()
              && !PersonNames.POST.matcher(line).matches();
      out.append(postAbove ? "" : "\n").append(line);
    }
    return out.toString();
  }

  /** A Chinese character alone: a surname, or a given name of one character. */
  private static final Pattern ONE_HAN = Pattern.compile("\\p{IsHan}");

  /** One or two Chinese characters: a given name. */
  private static final Pattern GIVEN_NAME = Pattern.compile("\\p{IsHan}{1,2}");

  /**
   * Words separated by spaces, each name typed with a space inside taken whole
   * (docs/decisions/0358): a character alone and the one or two after it are one name (王 强, 王 小明),
   * and a value of two words three characters long is one (欧阳 修). Names of two characters or more a
   * space apart stay apart (王强 李明), and a character alone with nothing to join stays as it is (the
   * value is then not split).
   */
  private static String[] spacedNamesJoined(String[] words) {
    if (words.length == 2 && (words[0] + words[1]).length() == 3) {
      return ONE_HAN.matcher(words[0]).matches() || ONE_HAN.matcher(words[1]).matches()
          ? new String[] {words[0] + words[1]}
          : words;
    }
    List<String> joined = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length
          && ONE_HAN.matcher(words[i]).matches()
          && GIVEN_NAME.matcher(words[i + 1]).matches()) {
        joined.add(words[i] + words[++i]);
      } else {
        joined.add(words[i]);
      }
    }
    return joined.toArray(String[]::new);
  }

  /**
   * Words separated by spaces, a post joined to the name beside it: 副局长 张三 and 张三 副局长 are both
   * 副局长张三 (the post first, as documents write it), 张三 李四 two people (docs/decisions/0171).
   */
  private static List<String> withTitles(String[] words) {
    List<String> people = new ArrayList<>();
    String title = null;
    for (String w : words) {
      if (PersonNames.POST.matcher(w).matches()) {
        if (title == null
            && !people.isEmpty()
            && !PersonNames.POST.matcher(people.get(people.size() - 1)).lookingAt()
            && people.get(people.size() - 1).length() <= 4) {
          people.set(people.size() - 1, w + people.get(people.size() - 1)); // 张三 副局长
        } else {
          title = title == null ? w : title + w;
        }
      } else {
        people.add(title == null ? w : title + w);
        title = null;
      }
    }
    if (title != null) {
      people.add(title);
    }
    return people;
  }

  /** 李明（张三）: a name and, in brackets, another name (not a post). */
  private static final Pattern BRACKETED_PERSON =
      Pattern.compile(
          "^(" + BARE_NAME.pattern() + ")\\s*[（(]\\s*(" + BARE_NAME.pattern() + ")\\s*[）)]$");

  /**
   * The people of a value naming the leader and the person at once (a 责任领导及责任人 label or column):
   * the leader first, then the person or people. 李明/张三, 李明、张三, 李明（张三） and 李明 on one line with 张三 on
   * the next all give [李明, 张三]; 张三（副局长） is one leader with his post.
   */
  static List<String> leaderAndPeople(String value) {
    if (Placeholders.nothing(value)) {
      return List.of();
    }
    List<String> labelled = LabelledPeople.leaderAndPeople(value);
    if (labelled != null) {
      return labelled;
    }
    List<String> people = new ArrayList<>();
    for (String part : PersonNames.SEPARATORS.split(value)) {
      Matcher m = BRACKETED_PERSON.matcher(part.strip());
      if (m.matches() && !PersonNames.POST.matcher(m.group(2)).matches()) {
        people.addAll(names(m.group(1)));
        people.addAll(names(m.group(2)));
      } else {
        people.addAll(names(part));
      }
    }
    return List.copyOf(new LinkedHashSet<>(people));
  }

  /** A post written after the name in brackets: 李明（党委书记）. */
  private static final Pattern POST_IN_BRACKETS =
      Pattern.compile("^(.+?)\\s*[（(]\\s*(" + PersonNames.POST.pattern() + ")\\s*[）)]$");

  /**
   * A person's name without the post written with it, so that one person is written one way: 校长刘春,
   * 刘春（校长）, 刘春 校长 (see {@link #names}) and 刘春 are all 刘春 (the reports group by the written name). A
   * post is what {@link PersonNames#POST} calls one, at least two characters, before a name of two
   * to four characters or after it in brackets; the longest post that leaves such a name is taken,
   * so that a post that goes on after a shorter one (局长助理刘春, 局长助理兼办公室主任赵磊) goes whole (0309), while
   * 副局长王长江 is 王长江 and 王长江 stays 王长江 (王长 would leave a name of one character), and 副局长王长春华 is 王长春华
   * (王长 heads no office, 0311). A post glued after the name (刘春校长) is not split: where the name
   * ends is a guess (欧阳明华局长). Names with no post, or that are only a post (分管副校长), are returned as
   * they are.
   */
  static String withoutPost(String person) {
    if (person == null) {
      return null;
    }
    String p = person.strip();
    Matcher bracketed = POST_IN_BRACKETS.matcher(p);
    if (bracketed.matches() && BARE_NAME.matcher(bracketed.group(1).strip()).matches()) {
      return bracketed.group(1).strip();
    }
    for (int at = p.length() - 2; at >= 2; at--) {
      String rest = p.substring(at);
      if (PersonNames.POST.matcher(p.substring(0, at)).matches()
          && BARE_NAME.matcher(rest).matches()
          && !PersonNames.POST.matcher(rest).matches()
          && !surnameAndChang(p.substring(0, at))) {
        return rest;
      }
    }
    return p;
  }

  /** The character before a 长 that makes a post of it: the office it heads (局长, 校长, 处长, 院长…). */
  private static final Pattern HEADED_OFFICE =
      Pattern.compile("[局县校院处科所股站市区镇乡村部厅省州队组社行馆庭会团署司园场厂委室办事书察判]长$");

  /**
   * Whether a post ends in a character and 长 after a whole post, the character heading no office:
   * 副局长王长 of 副局长王长春华 is 副局长 and the surname 王 with the first character of the name, so the longer
   * cut would leave 春华 (0311). 党委书记校长 is two posts.
   */
  private static boolean surnameAndChang(String post) {
    return post.length() >= 4
        && post.endsWith("长")
        && !HEADED_OFFICE.matcher(post).find()
        && PersonNames.POST.matcher(post.substring(0, post.length() - 2)).matches();
  }
}
