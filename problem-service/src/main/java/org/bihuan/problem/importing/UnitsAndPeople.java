package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The units and the people of a value that names both at once — a 责任单位及责任人, 责任单位/责任人 or 责任部门及联系人
 * column's cell, or such a label's value — written without brackets: 办公室/张三, 办公室 张三, 办公室、张三,
 * 办公室/张三、财务科/李四 (the units 办公室 and 财务科, the people 张三 and 李四). The value is cut into words at / ／ 、
 * ， , spaces and line breaks outside brackets; its first word is a unit, and each later word that
 * reads as a person's name — as a bracket after a unit is read ({@link UnitLeads#names}: a surname,
 * a label or a post beside it, or right after a unit's name a name of a rarer surname, {@link
 * NamesAfterUnits}) — is a person, each other word a unit. A value in which no word is a person is
 * read as a units value is; a plain 责任单位 column or label is never read so (a unit such as 卫健 would
 * be a person), and the people of a unit's bracket (办公室（张三）) are {@link UnitLeads}' (0311,
 * docs/decisions/0338).
 */
final class UnitsAndPeople {

  private UnitsAndPeople() {}

  /** The units (a units value: words 、-separated, parts on lines of their own) and the people. */
  record Split(String units, List<String> people) {}

  /** A header or label naming the units, then their people: 责任单位及责任人, 责任部门/联系人, 责任科室（责任人）. */
  private static final Pattern UNITS_AND_PERSON =
      Pattern.compile(
          "^(?:整改)?(?:责任|牵头|主责)(?:单位|部门|科室|处室|股室)(?:（部门）|\\(部门\\))?"
              + "(?:[及和与、/／]|[（(])(?:具体)?(?:责任人|联系人|负责人)[）)]?$");

  /** Whether a header cell or a label names units and their people at once. */
  static boolean names(String header) {
    return UNITS_AND_PERSON.matcher(header.replaceAll("[\\s\\u3000\\u00A0*＊:：]", "")).matches();
  }

  private static final String SEPARATORS = "/／、，,\n\r\t \u3000";

  private static final Pattern LINES = Pattern.compile("[\\n\\r；;]+");

  /** The units and people of {@code value}, or null when no word of it is a person. */
  static Split of(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> people = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String before = null;
    for (String line : LINES.split(value.strip())) {
      List<String> units = new ArrayList<>();
      for (String word : words(line)) {
        List<String> named =
            before == null
                ? List.of()
                : UnitLeads.names(word, NamesAfterUnits.isUnitBefore(before));
        if (named.isEmpty()) {
          units.add(word);
        } else {
          people.addAll(named);
        }
        before = word;
      }
      if (!units.isEmpty()) {
        lines.add(String.join("、", units));
      }
    }
    return people.isEmpty() || lines.isEmpty()
        ? null
        : new Split(String.join("\n", lines), List.copyOf(people));
  }

  /** The words of a line, cut at {@link #SEPARATORS} outside brackets. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      depth += "（(【[".indexOf(c) >= 0 ? 1 : "）)】]".indexOf(c) >= 0 ? -1 : 0;
      if (depth <= 0 && SEPARATORS.indexOf(c) >= 0) {
        if (!word.isEmpty()) {
          words.add(word.toString());
        }
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
