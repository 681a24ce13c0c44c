package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.input.TicketLimits;

/**
 * The measures of a document held to what a ticket accepts ({@link TicketLimits}, the limits the
 * rectification service validates with): a measure's text or progress note past its limit is cut at
 * the limit, a leader or responsible person made of more names than fit is cut after the last whole
 * name that fits (never inside a name), a unit name is cut at its limit, and units past the most a
 * ticket takes are left out. Each cut is a warning of the dry run and of the import, naming the
 * problem, the measure, the field, its length and the limit, so that every measure imported can
 * become a ticket (docs/decisions/0280). Every format's reading ends here, once ({@link
 * DocumentReader}).
 */
final class TicketSizedFields {

  /** What separates the names of a person field: 、，,；; / and blanks. */
  private static final Pattern SEPARATOR = Pattern.compile("[、，,；;/／\\s]+");

  private final List<String> warnings = new ArrayList<>();

  private TicketSizedFields() {}

  static ParsedDocument of(ParsedDocument doc) {
    TicketSizedFields t = new TicketSizedFields();
    List<ParsedProblem> problems = new ArrayList<>(doc.problems().size());
    for (ParsedProblem p : doc.problems()) {
      List<ParsedMeasure> measures = new ArrayList<>(p.measures().size());
      for (int i = 0; i < p.measures().size(); i++) {
        ParsedMeasure m = p.measures().get(i);
        String which = "「" + head(p.title()) + "」第 " + (i + 1) + " 条措施";
        measures.add(
            new ParsedMeasure(
                t.text(which, "measure", m.measure(), TicketLimits.MEASURE_MAX),
                t.units(which, "responsibleUnits", m.responsibleUnits()),
                t.units(which, "coResponsibleUnits", m.coResponsibleUnits()),
                t.names(which, "leaderInCharge", m.leaderInCharge()),
                t.names(which, "responsiblePerson", m.responsiblePerson()),
                m.timing(),
                m.deadline(),
                t.text(which, "progress", m.progress(), TicketLimits.NOTE_MAX),
                m.statusHint()));
      }
      problems.add(
          new ParsedProblem(
              p.title(), p.description(), p.categoryPath(), List.copyOf(measures), p.origin()));
    }
    if (t.warnings.isEmpty()) {
      return doc;
    }
    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.addAll(t.warnings);
    return new ParsedDocument(
        List.copyOf(problems), doc.causes(), doc.proposedMeasures(), List.copyOf(warnings));
  }

  private String text(String which, String field, String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    warn(which, field, value.length(), max, "超出部分已截去 (cut at the limit)");
    return cut(value, max);
  }

  /**
   * A person field: cut after the last whole name that fits; a single name too long, at the limit.
   */
  private String names(String which, String field, String value) {
    int max = TicketLimits.PERSON_MAX;
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = -1;
    Matcher sep = SEPARATOR.matcher(value);
    while (sep.find() && sep.start() <= max) {
      if (sep.start() > 0) {
        end = sep.start();
      }
    }
    if (end < 0) {
      warn(which, field, value.length(), max, "超出部分已截去 (cut at the limit)");
      return cut(value, max);
    }
    String kept = value.substring(0, end).strip();
    warn(
        which,
        field,
        value.length(),
        max,
        "只保留能容纳的完整姓名「" + head(kept) + "」 (kept the whole names that fit)");
    return kept;
  }

  private List<String> units(String which, String field, List<String> units) {
    if (units == null) {
      return null;
    }
    List<String> kept = new ArrayList<>(Math.min(units.size(), TicketLimits.UNITS_MAX));
    for (int i = 0; i < units.size() && i < TicketLimits.UNITS_MAX; i++) {
      kept.add(text(which, field + "[" + i + "]", units.get(i), TicketLimits.UNIT_NAME_MAX));
    }
    if (units.size() > TicketLimits.UNITS_MAX) {
      warnings.add(
          which
              + "的 "
              + field
              + " 有 "
              + units.size()
              + " 个单位，工单至多 "
              + TicketLimits.UNITS_MAX
              + " 个，只保留前 "
              + TicketLimits.UNITS_MAX
              + " 个。 The measure names "
              + units.size()
              + " units in "
              + field
              + "; a ticket takes at most "
              + TicketLimits.UNITS_MAX
              + ", so the first "
              + TicketLimits.UNITS_MAX
              + " were kept.");
      return List.copyOf(kept);
    }
    return kept.equals(units) ? units : List.copyOf(kept);
  }

  private void warn(String which, String field, int length, int max, String done) {
    warnings.add(
        which
            + "的 "
            + field
            + " 长 "
            + String.format("%,d", length)
            + " 个字符，工单至多 "
            + String.format("%,d", max)
            + " 个："
            + done
            + "。 The "
            + field
            + " is "
            + String.format("%,d", length)
            + " characters long; a ticket takes at most "
            + String.format("%,d", max)
            + ".");
  }

  /** The first {@code max} UTF-16 units, one fewer when that would split a surrogate pair. */
  private static String cut(String value, int max) {
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end).strip();
  }

  private static String head(String text) {
    String t = text == null ? "" : text.strip();
    return t.codePointCount(0, t.length()) <= 20
        ? t
        : t.substring(0, t.offsetByCodePoints(0, 20)) + "…";
  }
}
