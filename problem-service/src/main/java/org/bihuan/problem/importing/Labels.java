package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines of a rectification plan (整改方案): 问题表现：…, 整改措施：…, 责任领导：…, 责任单位：…, 责任人：…, 整改时限：…,
 * written with a full- or half-width colon or as 【整改措施】, one or several on a line
 * (责任领导：张三；责任部门：办公室；整改时限：2024年6月30日前).
 */
final class Labels {

  enum Label {
    PROBLEM,
    MEASURE,
    LEADER,
    UNITS,
    PERSON,
    TIME_LIMIT
  }

  /** One label and the text after it, up to the next label on the same line. */
  record Labelled(Label label, String name, String value) {}

  private static final Map<Label, String> NAMES =
      Map.of(
          Label.PROBLEM, "问题表现|存在问题|问题描述|具体问题|问题内容|主要问题|反馈问题|问题",
          Label.MEASURE, "整改措施|整改举措|具体措施|整改要求|整改方案|措施",
          Label.LEADER, "责任领导|分管领导|牵头领导|包保领导|督导领导|领导责任人|责任校领导",
          Label.UNITS, "责任部门|责任单位|牵头单位|牵头部门|责任处室|责任科室|主责单位|主责部门|配合单位|配合部门|协同单位|协办单位",
          Label.PERSON, "具体责任人|直接责任人|责任人",
          Label.TIME_LIMIT, "整改时限|完成时限|时间要求|完成时间|整改期限|时限要求|整改时间|时限");

  private static final Pattern LABEL;
  private static final Map<String, Label> BY_NAME;

  static {
    StringBuilder names = new StringBuilder();
    HashMap<String, Label> byName = new HashMap<>();
    // Longest names first so that 具体责任人 is not read as 责任人.
    List<String> all = new ArrayList<>();
    NAMES.forEach(
        (label, alternatives) -> {
          for (String name : alternatives.split("\\|")) {
            byName.put(name, label);
            all.add(name);
          }
        });
    all.sort((a, b) -> b.length() - a.length());
    for (String name : all) {
      names.append(names.length() == 0 ? "" : "|").append(name);
    }
    BY_NAME = Map.copyOf(byName);
    // 问题一：… / 问题1：… number a plan's problems in the label itself
    names.insert(0, "问题[一二三四五六七八九十百0-9]{1,4}|");
    LABEL =
        Pattern.compile(
            "(?:^|(?<=[；;，,。\\s]))(?:[【\\[]("
                + names
                + ")[】\\]]\\s*[：:]?|("
                + names
                + ")\\s*[：:])\\s*");
  }

  private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;/／]+");
  private static final String VALUE_TRAILER = "[；;，,\\s]+$";

  private Labels() {}

  /** The text before the first label of a line (may be empty) and the labels that follow it. */
  record Split(String prefix, List<Labelled> labels) {}

  /** The labels of a line that starts with one; empty when it does not. */
  static List<Labelled> of(String line) {
    Matcher m = LABEL.matcher(line);
    return m.lookingAt() ? labels(line, m) : List.of();
  }

  /** The labels anywhere in a line (after a sentence or clause end), with the text before them. */
  static Split find(String line) {
    Matcher m = LABEL.matcher(line);
    if (!m.find()) {
      return new Split(line, List.of());
    }
    return new Split(line.substring(0, m.start()).strip(), labels(line, m));
  }

  private static List<Labelled> labels(String line, Matcher m) {
    List<Labelled> found = new ArrayList<>();
    String name = name(m);
    int valueStart = m.end();
    while (m.find()) {
      found.add(labelled(name, line.substring(valueStart, m.start())));
      name = name(m);
      valueStart = m.end();
    }
    found.add(labelled(name, line.substring(valueStart)));
    return found;
  }

  /** 办公室、组织部；宣传部 → [办公室, 组织部, 宣传部], without repeats. */
  static List<String> units(String value) {
    Set<String> units = new LinkedHashSet<>();
    for (String unit : UNIT_SEPARATORS.split(value)) {
      String u = unit.replaceAll("[。.\\s]+$", "").strip();
      if (!u.isEmpty()) {
        units.add(u);
      }
    }
    return List.copyOf(units);
  }

  private static String name(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static Labelled labelled(String name, String value) {
    Label label = BY_NAME.getOrDefault(name, Label.PROBLEM);
    return new Labelled(label, name, value.replaceAll(VALUE_TRAILER, "").strip());
  }
}
