package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.input.SafeText;

/**
 * The text of an imported document as every other route would take it: the characters no text may
 * hold ({@link SafeText#cleaned}: controls, noncharacters, bidirectional overrides…) are left out
 * of every field read from the file — titles, descriptions, categories, measures, units, people,
 * progress notes, causes, proposals — so that an imported problem can be saved again as it is, its
 * tickets are accepted by the rectification service, and the report service can follow its events.
 * The dry run says which characters were left out and how many. Every format's reading ends here,
 * once ({@link DocumentReader}).
 */
final class StorableText {

  private final List<String> removed = new ArrayList<>();

  /** Invisible characters left out of names that have visible ones too. */
  private final List<String> invisible = new ArrayList<>();

  /** Names (units, people, categories) made only of invisible characters, left out. */
  private final List<String> blank = new ArrayList<>();

  private StorableText() {}

  private ParsedMeasure measure(ParsedMeasure m) {
    return new ParsedMeasure(
        text(m.measure()),
        names(m.responsibleUnits()),
        names(m.coResponsibleUnits()),
        name(m.leaderInCharge()),
        name(m.responsiblePerson()),
        m.timing(),
        m.deadline(),
        text(m.progress()),
        m.statusHint());
  }

  static ParsedDocument of(ParsedDocument doc) {
    StorableText t = new StorableText();
    List<ParsedProblem> problems = new ArrayList<>(doc.problems().size());
    for (ParsedProblem p : doc.problems()) {
      List<ParsedMeasure> measures = new ArrayList<>(p.measures().size());
      for (ParsedMeasure m : p.measures()) {
        measures.add(t.measure(m));
      }
      problems.add(
          new ParsedProblem(
              t.text(p.title()),
              t.text(p.description()),
              t.names(p.categoryPath()),
              List.copyOf(measures),
              p.origin()));
    }
    List<ParsedCause> causes = new ArrayList<>(doc.causes().size());
    for (ParsedCause c : doc.causes()) {
      causes.add(new ParsedCause(t.text(c.title()), t.text(c.description())));
    }
    List<ProposedMeasure> proposals = new ArrayList<>(doc.proposedMeasures().size());
    for (ProposedMeasure m : doc.proposedMeasures()) {
      proposals.add(
          new ProposedMeasure(
              t.text(m.title()),
              t.text(m.description()),
              m.duties() == null ? null : t.measure(m.duties())));
    }
    if (t.removed.isEmpty() && t.blank.isEmpty() && t.invisible.isEmpty()) {
      return doc;
    }
    List<String> warnings = new ArrayList<>();
    for (String w : doc.warnings()) {
      warnings.add(SafeText.cleaned(w, new ArrayList<>()));
    }
    if (!t.blank.isEmpty()) {
      warnings.add(
          t.blank.size()
              + " unit, person or category name(s) made only of invisible characters (such as"
              + " U+200B) were left out; the measures and problems they belonged to were kept.");
    }
    if (!t.invisible.isEmpty()) {
      warnings.add(
          t.invisible.size()
              + " invisible character(s) ("
              + String.join(", ", new java.util.LinkedHashSet<>(t.invisible))
              + ") were left out of unit, person or category names (0182).");
    }
    if (t.removed.isEmpty()) {
      return new ParsedDocument(
          List.copyOf(problems),
          List.copyOf(causes),
          List.copyOf(proposals),
          List.copyOf(warnings));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    t.removed.forEach(c -> counts.merge(c, 1, Integer::sum));
    List<String> said = new ArrayList<>();
    counts.forEach((c, n) -> said.add(c + (n > 1 ? " ×" + n : "")));
    warnings.add(
        t.removed.size()
            + " character(s) that no text may hold (controls, noncharacters, bidirectional"
            + " overrides) were left out of the document's text: "
            + String.join(", ", said)
            + ".");
    return new ParsedDocument(
        List.copyOf(problems), List.copyOf(causes), List.copyOf(proposals), List.copyOf(warnings));
  }

  private String text(String value) {
    return SafeText.cleaned(value, removed);
  }

  /**
   * A name left blank by the cleaning, or made only of invisible characters, names nobody; the
   * invisible characters inside a name (局办公室 followed by U+200B) are left out, so that one unit is
   * not two in the reports. This is the rule for names from every format, tables and text alike
   * (the text's lines lose them before they are read, {@link TextNoise}).
   */
  private String name(String value) {
    String s = text(value);
    if (s != null && !SafeText.isBlank(s)) {
      s = withoutInvisible(s);
    }
    if (s != null && SafeText.isBlank(s)) {
      if (!s.isEmpty()) {
        blank.add(s);
      }
      return null;
    }
    return s;
  }

  /** The name without its format characters (U+200B…U+200D, U+2060, U+FEFF, U+00AD), each noted. */
  private String withoutInvisible(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        if (out == null) {
          out = new StringBuilder(value.substring(0, i));
        }
        invisible.add(String.format("U+%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString().strip();
  }

  private List<String> names(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      String s = name(v);
      if (s != null) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
