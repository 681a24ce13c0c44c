package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 整改时限 written in the time stages of its measures (docs/decisions/0310, 0317): 第一阶段：2024年7月31日前；
 * 第二阶段：2024年10月31日前, and as authors also write it — a stage's date in a bracket with nothing after
 * it (第一阶段（2024年7月31日前）；第二阶段（…）), the stages after a comma with the date at once
 * (阶段一2024年7月31日前，阶段二…; 第一步…，第二步…), a stage's 长期坚持 at once (第二阶段长期坚持), and a stage a line ({@link
 * #isStageLine}, joined by {@link WrappedLabels}). Each stage is named by its number, so a 整改时限 of
 * fewer stages than the measures gives those it names and leaves the others.
 */
final class StagedTimeLimits {

  private StagedTimeLimits() {}

  /** One stage of the 整改时限: its number (0 when it cannot be read) and its time limit. */
  record Timed(int number, String limit) {}

  /** A stage's number: Chinese numerals, or one or two digits not followed by more. */
  private static final String NUMBER = "(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}(?![0-9０-９]))";

  /** A stage's words at the value's start or after a separator, its number as {@code n}. */
  private static final Pattern CUT =
      Pattern.compile(
          "(?:^|(?<=[；;。，,、\\n]))[\\s\\u3000]*(?:第(?<n>"
              + NUMBER
              + ")(?:阶段|步)|阶段(?<m>"
              + NUMBER
              + "))\\s*");

  /** A bracket right after the stage words: its time, when nothing but separators follow it. */
  private static final Pattern BRACKET = Pattern.compile("^[（(](?<when>[^（）()]{1,40})[）)]");

  /** The longest time a line of its own may give a stage (第二阶段：2024年12月31日前). */
  private static final int LINE_TIME = 20;

  /**
   * The stages of {@code value}, in order, each with its time limit; null unless the value begins
   * with a stage's words and has two or more stages, each with a time limit.
   */
  static List<Timed> of(String value) {
    if (value == null) {
      return null;
    }
    String t = value.strip();
    Matcher cut = CUT.matcher(t);
    List<int[]> at = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    while (cut.find()) {
      if (at.isEmpty() && cut.start() != 0) {
        return null;
      }
      at.add(new int[] {cut.start(), cut.end()});
      numbers.add(number(cut.group("n") != null ? cut.group("n") : cut.group("m")));
    }
    if (at.size() < 2) {
      return null;
    }
    List<Timed> stages = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      int end = i + 1 < at.size() ? at.get(i + 1)[0] : t.length();
      String limit = limit(t.substring(at.get(i)[1], end));
      if (limit == null) {
        return null;
      }
      stages.add(new Timed(numbers.get(i), limit));
    }
    return stages;
  }

  /**
   * What a stage says after its words: the text after a colon or comma (or at once), else the
   * bracket's time when nothing follows it; null when it says nothing.
   */
  private static String limit(String said) {
    String s = said.strip();
    String when = null;
    Matcher bracket = BRACKET.matcher(s);
    if (bracket.find()) {
      when = bracket.group("when").strip();
      s = s.substring(bracket.end());
    }
    String rest = s.replaceAll("^[\\s\\u3000：:，,]+", "").replaceAll("[；;，,、。\\s\\u3000]+$", "");
    if (!rest.isEmpty()) {
      return rest;
    }
    return when == null || when.isEmpty() ? null : when;
  }

  /** 一 → 1, 3 → 3, ３ → 3; 0 when the number cannot be read. */
  static int number(String words) {
    String digits = words.replaceAll("[^一二三四五六七八九十0-9０-９]", "");
    if (digits.isEmpty()) {
      return 0;
    }
    char c = digits.charAt(0);
    if (c >= '０' && c <= '９') {
      StringBuilder ascii = new StringBuilder();
      digits.chars().forEach(d -> ascii.append((char) (d - '０' + '0')));
      digits = ascii.toString();
      c = digits.charAt(0);
    }
    if (c >= '0' && c <= '9') {
      return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : 0;
    }
    return Math.max(Numbering.chineseNumber(digits), 0);
  }

  /**
   * Whether {@code line} is a stage of a 整改时限 written a line each: the stage's words, then a time
   * and nothing else (第二阶段：2024年12月31日前, 第二阶段：长期坚持), not a measure in stages (第二阶段（…）：建立制度。).
   */
  static boolean isStageLine(String line) {
    String t = line.strip();
    Matcher cut = CUT.matcher(t);
    if (!cut.lookingAt()) {
      return false;
    }
    String limit = limit(t.substring(cut.end()));
    return limit != null
        && limit.length() <= LINE_TIME
        && DeadlineText.read(limit).timing() != null;
  }

  /** Whether {@code value}, a 整改时限's value, begins with a stage's words (第一阶段：…, 阶段一2024年…). */
  static boolean leads(String value) {
    Matcher cut = CUT.matcher(value.strip());
    return cut.lookingAt();
  }

  /**
   * The time limit each stage of {@code numbers} (the measures' stages, in order) takes from {@code
   * value}: with as many stages, each in order (0310); with another count, the stage of the same
   * number, null for a measure whose stage the value does not name. Null when the value is not
   * written in stages.
   */
  static List<String> forStages(List<Integer> numbers, String value) {
    List<Timed> stages = of(value);
    if (stages == null) {
      return null;
    }
    List<String> given = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      if (stages.size() == numbers.size()) {
        given.add(stages.get(i).limit());
        continue;
      }
      int number = numbers.get(i);
      List<Timed> named = stages.stream().filter(s -> number > 0 && s.number() == number).toList();
      given.add(named.size() == 1 ? named.get(0).limit() : null);
    }
    return given;
  }
}
