package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.text.PersonNames;

/**
 * Leaders written one after another with nothing between them, each with his post after his name:
 * 周立副主任孙宏主任 (a 责任领导 line whose space between them the line's cleaning took out). Each leader is cut
 * out with his post, in the order written, so that {@link LeaderNames} stores each by name and
 * names each post it leaves out (docs/decisions/0388). The text is cut only where one reading gives
 * two names or more: where a name could end in two places (李红村主任孙宏主任: 李红 村主任 or 李红村 主任) it is left
 * as written.
 */
final class RunTogetherLeaders {

  private RunTogetherLeaders() {}

  /** The longest post read between two names (党委委员、副局长兼办公室主任 is shorter). */
  private static final int LONGEST_POST = 16;

  /**
   * Each leader of {@code text} with his post (周立副主任, 孙宏主任), or an empty list where the text is not
   * two leaders or more each written so, or is so in more than one way.
   */
  static List<String> pieces(String text) {
    String t = text.replaceAll("[\\s\\u3000]+", "");
    if (t.length() < 6
        || t.length() > LeaderNames.LONGEST
        || !t.codePoints().allMatch(Character::isIdeographic)) {
      return List.of();
    }
    List<List<String>> readings = new ArrayList<>();
    namesFirst(t, 0, new ArrayList<>(), readings);
    postsFirst(t, 0, new ArrayList<>(), readings);
    List<String> names = null;
    List<String> chosen = List.of();
    for (List<String> reading : readings) {
      List<String> named = reading.stream().map(LeaderNames::name).toList();
      if (names != null && !names.equals(named)) {
        return List.of(); // two readings name different people: left as written
      }
      names = named;
      chosen = reading;
    }
    return chosen;
  }

  /** Readings of {@code t} from {@code at} as names each followed by a post, two or more. */
  private static void namesFirst(String t, int at, List<String> so, List<List<String>> readings) {
    if (at == t.length()) {
      if (so.size() >= 2) {
        readings.add(List.copyOf(so));
      }
      return;
    }
    for (int n = 2; n <= 4 && at + n < t.length(); n++) {
      String name = t.substring(at, at + n);
      if (!isName(name)) {
        continue;
      }
      for (int p = 2; p <= LONGEST_POST && at + n + p <= t.length(); p++) {
        String post = t.substring(at + n, at + n + p);
        if (LeaderNames.isPostAlone(post)) {
          so.add(name + post);
          namesFirst(t, at + n + p, so, readings);
          so.remove(so.size() - 1);
        }
      }
    }
  }

  /** Readings of {@code t} from {@code at} as posts each followed by a name, two or more. */
  private static void postsFirst(String t, int at, List<String> so, List<List<String>> readings) {
    if (at == t.length()) {
      if (so.size() >= 2) {
        readings.add(List.copyOf(so));
      }
      return;
    }
    for (int p = 2; p <= LONGEST_POST && at + p < t.length(); p++) {
      String post = t.substring(at, at + p);
      if (!LeaderNames.isPostAlone(post)) {
        continue;
      }
      for (int n = 2; n <= 4 && at + p + n <= t.length(); n++) {
        String name = t.substring(at + p, at + p + n);
        if (isName(name)) {
          so.add(post + name);
          postsFirst(t, at + p + n, so, readings);
          so.remove(so.size() - 1);
        }
      }
    }
  }

  /**
   * A person's name: two or three characters beginning with a surname (four with a surname of two,
   * 欧阳明华), never a post, never ending in 副, 正 or 常 (王长春副局长 is 王长春).
   */
  private static boolean isName(String word) {
    return (word.length() <= 3 || BracketNames.isCompoundSurname(word.substring(0, 2)))
        && BracketNames.isName(word)
        && "副正常".indexOf(word.charAt(word.length() - 1)) < 0
        && !PersonNames.POST.matcher(word).matches();
  }
}
